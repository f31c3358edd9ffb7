// Pages work without JavaScript; this only adds GOV.UK Frontend's enhancements (error summary focus,
// character counts, conditional reveals...).
import { initAll } from './govuk-frontend.min.js'

initAll()
