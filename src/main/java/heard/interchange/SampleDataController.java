package heard.interchange;

import java.io.IOException;
import java.io.InputStream;

import heard.casework.References;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Settings, Sample data: an administrator loads the bundled fictional case log into an empty Heard. */
@Controller
@RequestMapping("/settings/sample-data")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SampleDataController {

    private final ImportJobs jobs;
    private final References references;
    private final SampleData sample;

    SampleDataController(ImportJobs jobs, References references, SampleData sample) {
        this.jobs = jobs;
        this.references = references;
        this.sample = sample;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("empty", references.noneTaken());
        return "interchange/sample";
    }

    @PostMapping
    String load(Authentication authentication, Model model) throws IOException {
        if (!references.noneTaken()) {
            model.addAttribute("empty", false);
            return "interchange/sample";
        }
        long id;
        try (InputStream content = sample.open()) {
            id = jobs.submit(SampleData.FILE_NAME, CaseLogFormat.CSV, sample.size(), content, new ImportOptions(false, true, false),
                    true, authentication.getName());
        }
        return "redirect:/case-log/import/" + id;
    }
}
