/**
 * Imports started from the web, as jobs in the database: uploaded, checked, confirmed and imported by whichever
 * instance claims each first, with their progress and results kept for their pages.
 */
package heard.interchange.jobs;
