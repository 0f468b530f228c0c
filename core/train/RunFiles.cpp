#include "train/RunFiles.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include "train/MetricsRecord.h"
#include "train/RunFolder.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/Tsv.h"

namespace taxa {

namespace fs = std::filesystem;

RunLock::RunLock(const std::string& dir) {
    const std::string path = RunFolder(dir).lock();
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw Error(dir + ": cannot lock the run folder: " + std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        const ssize_t n = ::pread(fd_, holder, sizeof holder - 1, 0);
        ::close(fd_);
        fd_ = -1;
        throw Error(dir + ": another process is training in this run folder" +
                    (n > 0 ? " (pid " + std::string(holder, size_t(n)) + ")" : std::string()) +
                    "; wait for it to stop, or stop it first");
    }
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(fd_, 0) == 0) (void)!::pwrite(fd_, pid.data(), pid.size(), 0);
}

RunLock::~RunLock() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
}

NewRunFolder::NewRunFolder(const std::string& dir) : dir_(dir) {
    const RunFolder run(dir);
    std::error_code ec;
    if (fs::exists(run.config(), ec))
        throw Error(dir + ": already holds a run (use --resume to continue it)");
    if (fs::exists(dir, ec)) {
        if (!fs::is_directory(dir, ec)) throw Error(dir + ": exists and is not a folder");
        // A start killed before it wrote config.json leaves its lock file and an empty
        // checkpoints/: neither may stand in the way of starting again.
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().filename() != RunFolder::kLock &&
                !(entry.path().filename() == RunFolder::kCheckpoints &&
                  fs::is_empty(entry.path(), ec)))
                throw Error(dir + ": holds other files (" + entry.path().filename().string() +
                            "); a new run needs an empty or new folder");
    }
    // Remember each folder made, outermost first, so a failed start can take them back.
    fs::path made;
    for (const auto& part : fs::path(run.checkpoints())) {
        made /= part;
        if (made.empty() || fs::exists(made, ec)) continue;
        if (!fs::create_directory(made, ec) || ec)
            throw Error(made.string() + ": cannot create the run folder: " + ec.message());
        created_.push_back(made.string());
    }
}

void NewRunFolder::writeConfig(const std::string& json) {
    writeFileAtomic(RunFolder(dir_).config(), json);
    wroteConfig_ = true;
}

NewRunFolder::~NewRunFolder() {
    if (committed_) return;
    const RunFolder run(dir_);
    std::error_code ec;
    if (wroteConfig_) fs::remove(run.config(), ec);
    // The run folder itself was made here when checkpoints/ and its parent were: then its
    // lock file is ours too, and has to go for the folder to.
    if (created_.size() >= 2) fs::remove(run.lock(), ec);
    for (auto it = created_.rbegin(); it != created_.rend(); ++it)
        fs::remove(*it, ec);  // only when empty
}

int removeOrphanedTemporaries(const std::string& dir) {
    int removed = 0;
    std::error_code ec;
    for (const std::string& folder : {dir, RunFolder(dir).checkpoints()}) {
        if (!fs::is_directory(folder, ec)) continue;
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            const std::string name = entry.path().filename().string();
            const auto tmp = name.rfind(".tmp");
            const bool temporary =
                tmp != std::string::npos &&
                name.find_first_not_of("0123456789", tmp + 4) == std::string::npos;
            if (temporary && entry.is_regular_file(ec) && fs::remove(entry.path(), ec)) ++removed;
        }
    }
    return removed;
}

void appendMetrics(const std::string& dir, const std::string& jsonLine) {
    const std::string path = RunFolder(dir).metrics();
    std::ofstream out(path, std::ios::app);
    out << jsonLine << '\n';
    out.flush();
    if (!out) throw Error(path + ": write failed (disk full?)");
}

namespace {

// Whether a resume from (@p step, @p epochs) has done what @p record logs.
bool keepsRecord(const std::optional<MetricsRecord>& record, int64_t step, int64_t epochs) {
    if (!record) return false;  // a record a kill cut short
    // Steps and global epochs count from 1: a 0 is a record without one.
    if (const auto* s = std::get_if<StepMetrics>(&*record)) return s->step >= 1 && s->step <= step;
    const auto& e = std::get<EpochMetrics>(*record);
    return e.globalEpoch >= 1 && e.globalEpoch <= epochs;
}

}  // namespace

int truncateMetrics(const std::string& dir, int64_t step, int64_t epochs) {
    const std::string path = RunFolder(dir).metrics();
    std::ifstream in(path);
    if (!in) return 0;
    std::string line, kept;
    int dropped = 0;
    while (std::getline(in, line)) {
        if (keepsRecord(parseMetricsLine(line), step, epochs))
            kept += line + "\n";
        else
            ++dropped;
    }
    if (dropped) writeFileAtomic(path, kept);
    return dropped;
}

void appendBadImages(const std::string& dir, const std::vector<BadImageRecord>& records) {
    if (records.empty()) return;
    const std::string path = RunFolder(dir).badImages();
    std::error_code ec;
    const bool fresh = !fs::exists(path, ec);
    std::ofstream out(path, std::ios::app);
    if (fresh) out << "split\tepoch\timage_id\tkind\tpath\tmessage\n";
    for (const BadImageRecord& r : records)
        out << r.split << '\t' << r.epoch << '\t' << r.id << '\t' << r.kind << '\t'
            << escapeTsvField(r.path) << '\t' << escapeTsvField(r.message) << '\n';
    out.flush();
    if (!out) throw Error(path + ": write failed (disk full?)");
}

}  // namespace taxa
