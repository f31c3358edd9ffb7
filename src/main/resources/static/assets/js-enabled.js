// Loaded at the start of <body>, before anything is drawn, so GOV.UK's JavaScript-only styles apply
// without a flash. An external file rather than inline script: the content security policy forbids inline.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
