#pragma once
// Starting the ranks of a data-parallel run on this machine (taxa-cli train --nproc-per-node).

#include <string>
#include <vector>

namespace taxa::cli {

/// @brief Runs @p nproc copies of this program with @p args (argv[0] included, without
/// --nproc-per-node), each as one rank; forwards SIGINT/SIGTERM to them; returns 0 when all
/// succeed, else the first failing rank's exit status. Throws taxa::Error if none can start.
int launchLocalRanks(int nproc, const std::vector<std::string>& args, int timeoutSeconds);

}  // namespace taxa::cli
