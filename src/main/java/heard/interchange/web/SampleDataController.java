package heard.interchange.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import heard.casework.References;
import heard.interchange.jobs.ImportJobs;
import heard.interchange.sheet.CaseLogFormat;
import heard.interchange.transfer.ImportOptions;
import heard.interchange.transfer.SampleData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Settings, Sample data: an administrator loads the fictional case log into an empty Heard; a Heard that already
 * holds records is told how to start a separate one, with a data folder of its own, for trying things out.
 */
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
        byte[] csv = sample.csv();
        long id = jobs.submit(SampleData.FILE_NAME, CaseLogFormat.CSV, csv.length, new ByteArrayInputStream(csv),
                new ImportOptions(false, true, false), true, authentication.getName());
        return "redirect:/case-log/import/" + id;
    }
}
