/**
 * The case log interchange (spec/case-log-csv.md): Heard's records out as a case log, a council's case log in,
 * checked whole and imported all or nothing, from the Import and export pages and the command line. Its API is
 * SampleCaseLog, the fictional case log other modules make for their own tests. Inside: caselog (the format's
 * columns, cells and rows), sheet (CSV and Excel files), transfer (checking, importing and exporting), jobs (web
 * imports queued in the database), web (the pages) and commandline (import and export commands).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange")
package heard.interchange;
