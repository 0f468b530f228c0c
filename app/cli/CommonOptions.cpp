#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "Commands.h"
#include "util/Error.h"

namespace taxa::cli {

namespace fs = std::filesystem;

const CLI::Validator kFinite(
    [](std::string& text) -> std::string {
        char* end = nullptr;
        const double x = std::strtod(text.c_str(), &end);
        return std::isfinite(x) ? std::string() : "'" + text + "' is not a finite number";
    },
    "NUMBER");

CLI::Option* addDatasetOption(CLI::App& sub, std::string& dir) {
    return sub
        .add_option("--dataset", dir,
                    "Dataset folder (the competition files under their "
                    "own names)")
        ->required()
        ->type_name("DIR");
}

void refuseOverwritingInputs(const std::vector<std::string>& outputs,
                             const std::vector<std::string>& inputs) {
    for (const std::string& out : outputs)
        for (const std::string& in : inputs) {
            std::error_code ec;
            // equivalent() needs both to exist; a missing output cannot clash with anything.
            if (fs::exists(out, ec) && fs::equivalent(out, in, ec))
                throw Error(out + ": is also an input of this command; choose another output");
        }
}

}  // namespace taxa::cli
