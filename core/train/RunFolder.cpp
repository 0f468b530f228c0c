#include "train/RunFolder.h"

#include <cstdio>
#include <filesystem>
#include <limits>

namespace taxa {

namespace fs = std::filesystem;

namespace {

// The folder holding @p file if it is named @p parentName, and its parent: RUN for
// RUN/<parentName>/F. Absolute and without "." or "..", so that a relative path or one given
// as "checkpoints/../checkpoints/x.pt" finds its run all the same.
std::optional<RunFolder> runAbove(const std::string& file, const char* parentName) {
    if (file.empty()) return std::nullopt;
    std::error_code ec;
    const fs::path path = fs::absolute(file, ec).lexically_normal();
    if (ec || !path.has_filename()) return std::nullopt;
    const fs::path folder = path.parent_path();
    if (folder.filename() != parentName || folder.parent_path() == folder) return std::nullopt;
    return RunFolder(folder.parent_path().string());
}

}  // namespace

std::string RunFolder::name() const {
    fs::path path = fs::path(dir_).lexically_normal();
    if (!path.has_filename()) path = path.parent_path();  // "runs/a/" names "a" too
    return path.filename().string();
}

std::string RunFolder::epochCheckpoint(int globalEpoch) const {
    char name[32];
    std::snprintf(name, sizeof name, "epoch-%03d.pt", globalEpoch);
    return checkpoint(name);
}

int RunFolder::epochOfCheckpointName(const std::string& fileName) {
    static const std::string prefix = "epoch-", suffix = ".pt";
    if (fileName.size() <= prefix.size() + suffix.size() || fileName.rfind(prefix, 0) != 0 ||
        fileName.compare(fileName.size() - suffix.size(), suffix.size(), suffix) != 0)
        return 0;
    long long epoch = 0;
    for (size_t i = prefix.size(); i < fileName.size() - suffix.size(); ++i) {
        const char c = fileName[i];
        if (c < '0' || c > '9') return 0;
        epoch = epoch * 10 + (c - '0');
        if (epoch > std::numeric_limits<int>::max()) return 0;  // not a name the trainer gives
    }
    return static_cast<int>(epoch);
}

std::string RunFolder::newestEpochCheckpoint() const {
    std::string newest;
    int newestEpoch = 0;
    std::error_code ec;
    for (fs::directory_iterator it(checkpoints(), ec), end; !ec && it != end; it.increment(ec)) {
        const int epoch = epochOfCheckpointName(it->path().filename().string());
        if (epoch > newestEpoch) {
            newestEpoch = epoch;
            newest = checkpoint(it->path().filename().string());
        }
    }
    return newest;
}

std::string RunFolder::resumeCheckpoint() const {
    std::error_code ec;
    // Restarting from scratch beside epoch-007.pt would throw seven epochs away without a word.
    return fs::exists(lastCheckpoint(), ec) ? lastCheckpoint() : newestEpochCheckpoint();
}

std::optional<RunFolder> RunFolder::ofCheckpoint(const std::string& checkpoint) {
    return runAbove(checkpoint, kCheckpoints);
}

std::optional<RunFolder> RunFolder::ofPredictions(const std::string& file) {
    return runAbove(file, kPredictions);
}

}  // namespace taxa
