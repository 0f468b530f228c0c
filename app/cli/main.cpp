// taxa-cli: the headless face of Taxa Workbench, for servers, scripts, tests and benchmarks.
// Commands that train or predict load the ML engine on first use; the others never do.

#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

#include "Commands.h"
#include "engine/Engine.h"
#include "util/Error.h"
#include "util/Progress.h"

namespace {

constexpr int kUsageError = 2;

const char* kFooter =
    "Exit status: 0 on success, 1 when the input is bad or the work fails, 2 when the command\n"
    "line is wrong. Errors are one line on stderr.\n"
    "Run 'taxa-cli COMMAND --help' for a command's options.";

// The name of the subcommand the user typed, for error lines ("taxa-cli stats: ...").
std::string commandName(const std::vector<taxa::cli::Command>& commands) {
    for (const auto& c : commands)
        if (c.app->parsed()) return " " + c.app->get_name();
    return "";
}

bool isCommand(const CLI::App& app, const char* name) {
    // check_name knows aliases and CLI11's name rules; get_subcommand would throw instead.
    auto named = [name](const CLI::App* sub) { return sub->check_name(name); };
    return !app.get_subcommands(named).empty();
}

int runParsed(const std::vector<taxa::cli::Command>& commands, const std::string& name) {
    try {
        for (const auto& c : commands)
            if (c.app->parsed()) return c.run();
    } catch (const taxa::cli::UsageError& e) {
        std::fprintf(stderr, "taxa-cli%s: %s (try --help)\n", name.c_str(), e.what());
        return kUsageError;
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "taxa-cli%s: %s\n", name.c_str(), e.what());
    } catch (const taxa::Cancelled&) {
        std::fprintf(stderr, "taxa-cli%s: cancelled\n", name.c_str());
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "taxa-cli%s: out of memory\n", name.c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "taxa-cli%s: internal error: %s\n", name.c_str(), e.what());
    }
    return 1;
}

// The program's version and what its engine was built with (LibTorch, CUDA, NCCL), read from
// the module's file: --version still starts without LibTorch.
std::string versionText() {
    std::string text = "taxa-cli " TAXA_VERSION "\nengine: ";
    const std::string path = taxa::engine::modulePath();
    if (path.empty()) return text + "not installed (training and prediction need it)";
    try {
        return text + taxa::engine::describeBuild(path) + " (" + path + ")";
    } catch (const taxa::engine::Unavailable& e) {
        return text + e.what();
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app("Fine-grained, long-tailed species classification workbench, headless",
                 "taxa-cli");
    app.set_version_flag("--version", versionText);
    app.footer(kFooter);
    app.require_subcommand(1);
    // An option given twice keeps its last value (scripts append overrides); list options
    // (--checkpoint, --weights, --buckets) keep all.
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    bool man = false;
    app.add_flag("--man-page", man, "Print the man page (roff) and exit")->group("");
    const std::vector<std::string> args(argv, argv + argc);
    const std::vector<taxa::cli::Command> commands{
        taxa::cli::addDemo(app),     taxa::cli::addStats(app),       taxa::cli::addTrain(app, args),
        taxa::cli::addPredict(app),  taxa::cli::addEvaluate(app),    taxa::cli::addExport(app),
        taxa::cli::addFeatures(app), taxa::cli::addMapFeatures(app), taxa::cli::addBench(app),
        taxa::cli::addGeo(app)};
    if (argc == 2 && !std::strcmp(argv[1], "--man-page")) {
        std::fputs(taxa::cli::manPage(app).c_str(), stdout);
        return 0;
    }
    if (argc >= 2 && argv[1][0] != '-' && !isCommand(app, argv[1])) {
        std::fprintf(stderr, "taxa-cli: unknown command '%s' (try --help)\n", argv[1]);
        return kUsageError;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {  // --help, --version
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // CLI11 checks required options before it complains about unknown ones; a typo in an
        // option's name is the more useful thing to hear about.
        const std::vector<std::string> extras = app.remaining(true);
        const std::string what =
            extras.empty() ? std::string(e.what()) : "unknown argument '" + extras.front() + "'";
        std::fprintf(stderr, "taxa-cli%s: %s (try --help)\n", commandName(commands).c_str(),
                     what.c_str());
        return kUsageError;
    }
    return runParsed(commands, commandName(commands));
}
