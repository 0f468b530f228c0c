#include "train/RunSummary.h"

#include <sys/stat.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <optional>

#include "train/MetricsTail.h"
#include "util/RegularFile.h"

namespace taxa {

namespace fs = std::filesystem;
using Clock = std::chrono::system_clock;

namespace {

// The modification time of @p path (following links); none when it does not exist.
std::optional<Clock::time_point> modifiedTime(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    const auto since =
        std::chrono::seconds(st.st_mtim.tv_sec) + std::chrono::nanoseconds(st.st_mtim.tv_nsec);
    return Clock::time_point(std::chrono::duration_cast<Clock::duration>(since));
}

void readConfig(const RunFolder& run, RunSummary& s) {
    try {
        // Through the regular-file reader: a FIFO named config.json must not block a listing.
        s.configJson = readRegularFile(run.config());
        s.config = TrainConfig::fromJson(s.configJson, run.config());
    } catch (const std::exception& e) {
        s.error = e.what();
    }
}

void readProgress(const RunFolder& run, RunSummary& s) {
    // A resumed run may log an epoch twice if it was killed after logging it: the highest counts.
    for (const EpochMetrics& e : readMetricsTail(run).epochs) {
        s.epochsDone = std::max(s.epochsDone, e.globalEpoch);
        s.bestTop1 = std::max(s.bestTop1, e.valTop1);
    }
}

}  // namespace

RunSummary readRunSummary(const RunFolder& run) {
    RunSummary s;
    s.dir = run.dir();
    readConfig(run, s);
    readProgress(run, s);
    std::error_code ec;
    s.hasLast = fs::exists(run.lastCheckpoint(), ec);
    s.hasBest = fs::exists(run.bestCheckpoint(), ec);
    auto modified = modifiedTime(run.metrics());
    if (!modified) modified = modifiedTime(run.config());
    s.modified = modified.value_or(Clock::time_point{});
    return s;
}

std::vector<RunSummary> scanRunFolders(const std::string& root) {
    std::vector<RunSummary> runs;
    std::error_code ec, entryError;  // an entry's error must not end the walk
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.' || !it->is_directory(entryError)) continue;
        const RunFolder run(root + "/" + name);
        if (fs::exists(run.config(), entryError)) runs.push_back(readRunSummary(run));
    }
    std::sort(runs.begin(), runs.end(), [](const RunSummary& a, const RunSummary& b) {
        if (a.modified != b.modified) return a.modified > b.modified;
        return RunFolder(a.dir).name() > RunFolder(b.dir).name();
    });
    return runs;
}

}  // namespace taxa
