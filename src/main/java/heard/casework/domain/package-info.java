/**
 * The rules the Complaint aggregate applies and the values only casework uses: who may see a case and which
 * moves a case allows, every deadline, extensions, suspensions, late complaints, the next stage, the review
 * panel's independence, the stages' timescales, the corporate procedure, a case's restriction, and what the
 * audit trail keeps of a complaint.
 */
package heard.casework.domain;
