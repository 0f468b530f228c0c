#pragma once
// Progress on stderr for long CLI jobs: a live line on a terminal, nothing in pipes and logs.

#include "util/Progress.h"

namespace taxa::cli {

/// A callback that redraws one stderr line at most ten times a second when stderr is a
/// terminal; it never cancels.
ProgressFn terminalProgress();

}  // namespace taxa::cli
