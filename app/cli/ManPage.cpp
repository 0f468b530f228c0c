// The man page, generated from the CLI11 definitions that also parse the command line and
// print --help, so that the three cannot drift apart.

#include <sstream>

#include "Commands.h"

namespace taxa::cli {

namespace {

// roff treats a leading '.' or '\'' as a request and '\' as an escape; '-' should be '\-'.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string optionLabel(const CLI::Option* o) {
    std::string label = "\\fB" + roff(o->get_name()) + "\\fR";
    if (o->get_type_size() != 0 && o->get_expected_min() > 0)
        label += " \\fI" + roff(o->get_type_name().empty() ? "VALUE" : o->get_type_name()) + "\\fR";
    return label;
}

void writeOptions(std::ostringstream& out, const CLI::App& cmd) {
    for (const CLI::Option* o : cmd.get_options()) {
        if (o->get_group().empty() || o->get_name() == "--help") continue;
        out << ".TP\n" << optionLabel(o) << "\n" << roff(o->get_description());
        if (o->get_required()) out << " (required)";
        if (!o->get_default_str().empty()) out << " Default: " << roff(o->get_default_str()) << ".";
        out << "\n";
    }
}

void writeCommand(std::ostringstream& out, const CLI::App& cmd, const std::string& prefix) {
    const std::string name = prefix + cmd.get_name();
    const auto subs = cmd.get_subcommands([](const CLI::App*) { return true; });
    if (subs.empty()) {
        out << ".SS " << roff(name) << "\n" << roff(cmd.get_description()) << "\n";
        writeOptions(out, cmd);
    }
    for (const CLI::App* sub : subs)
        writeCommand(out, *sub, name + " ");
}

}  // namespace

std::string manPage(const CLI::App& app) {
    std::ostringstream out;
    out << ".TH TAXA-CLI 1 \"\" \"Taxa Workbench " TAXA_VERSION "\" \"User Commands\"\n"
        << ".SH NAME\ntaxa-cli \\- " << roff(app.get_description()) << "\n"
        << ".SH SYNOPSIS\n.B taxa-cli\n.I COMMAND\n.RI [ options ]\n"
        << ".br\n.B taxa-cli\n.RB [ \\-\\-help | \\-\\-version ]\n"
        << ".SH DESCRIPTION\nEverything the Taxa Workbench desktop app does, headless, for "
           "servers and scripts. Commands that train or predict load the ML engine module "
           "(LibTorch) on first use; the others never do.\n"
        << ".SH COMMANDS\n";
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        writeCommand(out, *sub, "");
    out << ".SH EXIT STATUS\n0 on success, 1 when the input is bad or the work fails, 2 when "
           "the command line is wrong. Errors are one line on standard error.\n"
        << ".SH ENVIRONMENT\n.TP\n\\fBTAXA_ENGINE\\fR\nPath of the ML engine module "
           "(libtaxa_engine.so) to load instead of the installed one, e.g. one built against "
           "a CUDA LibTorch.\n"
        << ".SH SEE ALSO\n\\fBtaxa\\fR(1)\n";
    return out.str();
}

}  // namespace taxa::cli
