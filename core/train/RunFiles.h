#pragma once
/// @file RunFiles.h
/// @brief The files of a run folder and the rules that keep them whole: one process trains in
/// a folder at a time (a lock the kernel drops when the process dies, kill -9 included); a
/// failed start leaves nothing behind; metrics.jsonl is cut back to the checkpoint a resume
/// starts from, so no epoch or step is ever recorded twice; temporary files of an interrupted
/// write are removed; bad images are named in bad_images.tsv.

#include <cstdint>
#include <string>
#include <vector>

namespace taxa {

/// @brief An exclusive lock on a run folder (`.lock`, flock), held for the object's life.
class RunLock {
  public:
    /// @brief Throws taxa::Error naming the folder (and the holder's pid) if another process
    /// holds it.
    explicit RunLock(const std::string& dir);
    ~RunLock();
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

  private:
    int fd_ = -1;
};

/// @brief Creates a new run folder: refuses one that holds a run (config.json) or any file
/// of another kind; makes checkpoints/. Until commit(), the destructor removes what it created
/// (and nothing else: a concurrent start into the same folder keeps its files).
class NewRunFolder {
  public:
    explicit NewRunFolder(const std::string& dir);
    ~NewRunFolder();
    NewRunFolder(const NewRunFolder&) = delete;
    NewRunFolder& operator=(const NewRunFolder&) = delete;
    /// @brief Writes config.json (atomically).
    void writeConfig(const std::string& json);
    /// @brief Keeps the folder.
    void commit() { committed_ = true; }

  private:
    std::string dir_;
    std::vector<std::string> created_;  ///< Folders made, outermost first.
    bool wroteConfig_ = false;
    bool committed_ = false;
};

/// @brief Removes temporary files left by writes that a kill interrupted
/// (`NAME.tmp<pid>`, `NAME.tmp`) in the folder and its checkpoints/. Returns how many.
int removeOrphanedTemporaries(const std::string& dir);

/// @brief Appends one JSON record (a line) to DIR/metrics.jsonl. Throws taxa::Error.
void appendMetrics(const std::string& dir, const std::string& jsonLine);

/// @brief Rewrites DIR/metrics.jsonl (atomically) to keep only the step records up to @p step
/// and the epoch records up to global epoch @p epochs: what a resume from that checkpoint has
/// already done. Unreadable lines (a record a kill cut short) go too. Returns lines dropped.
int truncateMetrics(const std::string& dir, int64_t step, int64_t epochs);

/// @brief One image a run could not use.
struct BadImageRecord {
    std::string split;  ///< "train" or "val".
    int64_t epoch = 0;  ///< Global epoch, from 1.
    int64_t id = -1;
    std::string path, kind, message;
};

/// @brief Appends @p records to DIR/bad_images.tsv (header written with the first). Throws
/// taxa::Error.
void appendBadImages(const std::string& dir, const std::vector<BadImageRecord>& records);

}  // namespace taxa
