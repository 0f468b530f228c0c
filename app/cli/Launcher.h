#pragma once
// Starting the ranks of a data-parallel run on this machine (taxa-cli train --nproc-per-node).

#include <string>
#include <vector>

namespace taxa::cli {

/// @brief Runs @p nproc copies of this program with @p args (argv[0] included, without
/// --nproc-per-node), each as one rank; forwards SIGINT/SIGTERM to them; returns 0 when all
/// succeed, else the first failing rank's exit status (1 for a rank ended by a signal). The
/// ranks end when the launcher does, whatever ends it: call this from the thread that lives as
/// long as the launcher (the main thread). Throws taxa::Error if none can start.
int launchLocalRanks(int nproc, const std::vector<std::string>& args, int timeoutSeconds);

}  // namespace taxa::cli
