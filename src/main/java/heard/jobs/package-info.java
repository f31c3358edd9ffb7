/**
 * Jobs that run in the background (reminders, digests, retention), as persistent tasks in the database
 * with db-scheduler, so that several instances sharing one database run each once. A module declares its
 * tasks as beans of db-scheduler's {@code Task} type; see {@link heard.jobs.JobsConfiguration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package heard.jobs;
