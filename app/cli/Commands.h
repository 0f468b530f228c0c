#pragma once
// The taxa-cli subcommands. Each add* function defines its subcommand on CLI11 (options, their
// help, checks) and returns what runs it once the command line is parsed; the definitions are
// the single source of the parser, `--help`, the man page and docs' option lists.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "dataset/DatasetLoader.h"
#include "util/Error.h"

namespace taxa::cli {

/// @brief A defined subcommand and what runs it (returns the exit status).
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

Command addDemo(CLI::App& app);
Command addStats(CLI::App& app);
/// @brief @p argv: the command line as given, for the ranks of --nproc-per-node.
Command addTrain(CLI::App& app, const std::vector<std::string>& argv);
Command addPredict(CLI::App& app);
Command addEvaluate(CLI::App& app);
Command addExport(CLI::App& app);
Command addFeatures(CLI::App& app);
Command addMapFeatures(CLI::App& app);
Command addBench(CLI::App& app);
Command addGeo(CLI::App& app);

/// @brief Where a command's dataset is and how to read it.
struct DatasetArgs {
    std::string dir;
    LoadOptions load;  ///< layout, valFraction and splitSeed from the options.
    /// The options again, for a message that tells the user what to run next.
    std::string flags() const;
    /// The annotation files the dataset is read from (none where it cannot be found).
    std::vector<std::string> inputFiles() const;
};

/// @brief The options every dataset command has: `--dataset DIR`, `--layout NAME` where the
/// folder would fit several layouts, and `--val-fraction F`, `--split-seed S` for one folder of
/// classes (val drawn from it).
void addDatasetOptions(CLI::App& sub, DatasetArgs& a);

/// @brief `--threads N` (decoding and LibTorch threads; 0 = cores) and `--device
/// auto|cpu|cuda`, as the engine's inference commands take them.
void addComputeOptions(CLI::App& sub, int& threads, std::string& device);

/// @brief "train", "val", "test" (as --splits checks them) as splits.
std::vector<Split> parseSplits(const std::vector<std::string>& names);

/// @brief A check that a number is finite (CLI11's ranges let NaN through).
extern const CLI::Validator kFinite;
/// @brief A check that an unsigned option (a seed) is not given as a negative number.
extern const CLI::Validator kNonNegative;
/// @brief A check that a test-time augmentation mode parses (centre, flip, dense3+flip, ...).
extern const CLI::Validator kTtaMode;
/// @brief A check that a grid cell size in degrees divides 180.
extern const CLI::Validator kDividesHalfTurn;

/// @brief A command line that parses but does not fit together (two lists of different
/// lengths): reported like CLI11's own errors, with exit status 2.
struct UsageError : Error {
    using Error::Error;
};

/// @brief Throws taxa::Error if an output path names the same file as an input, through a
/// symlink or hard link too (so that a typo such as `--out best.pt` cannot overwrite the
/// checkpoint being read), or an annotation file of a dataset in the output's folder.
void refuseOverwritingInputs(const std::vector<std::string>& outputs,
                             std::vector<std::string> inputs);

/// @brief The man page of @p app (roff), generated from the same definitions as --help.
std::string manPage(const CLI::App& app);

}  // namespace taxa::cli
