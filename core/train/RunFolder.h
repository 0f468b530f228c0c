#pragma once
/// @file RunFolder.h
/// @brief The layout of a training run folder, defined once for the trainer, the CLI and the
/// GUI: every file's path, and the run a checkpoint or a saved predictions file belongs to.
/// Plain paths (no LibTorch, no Qt); nothing here touches the disk except
/// newestEpochCheckpoint() and resumeCheckpoint().
///
///     RUN/config.json                      everything needed to rerun it
///     RUN/metrics.jsonl                    one JSON record a line (MetricsRecord.h)
///     RUN/bad_images.tsv                   images the run could not use
///     RUN/.lock                            held by the process training in it
///     RUN/checkpoints/{best,last,epoch-NNN}.pt
///     RUN/predictions/{val.csv,val.topk.csv,features.bin}

#include <optional>
#include <string>

namespace taxa {

/// @brief One run folder's paths. A value: cheap to copy, valid whether or not the folder
/// exists.
class RunFolder {
  public:
    static constexpr const char* kConfig = "config.json";       ///< File name.
    static constexpr const char* kLock = ".lock";               ///< File name.
    static constexpr const char* kCheckpoints = "checkpoints";  ///< Folder name.
    static constexpr const char* kPredictions = "predictions";  ///< Folder name.

    explicit RunFolder(std::string dir) : dir_(std::move(dir)) {}

    /// @brief The folder as given.
    const std::string& dir() const { return dir_; }
    /// @brief Its last path component: what the GUI calls the run.
    std::string name() const;

    std::string config() const { return in(kConfig); }
    std::string metrics() const { return in("metrics.jsonl"); }
    std::string lock() const { return in(kLock); }
    std::string badImages() const { return in("bad_images.tsv"); }

    std::string checkpoints() const { return in(kCheckpoints); }
    /// @brief checkpoints/NAME.
    std::string checkpoint(const std::string& name) const { return checkpoints() + "/" + name; }
    std::string bestCheckpoint() const { return checkpoint(kBest); }
    std::string lastCheckpoint() const { return checkpoint(kLast); }
    /// @brief checkpoints/epoch-NNN.pt for global epoch @p globalEpoch (from 1).
    std::string epochCheckpoint(int globalEpoch) const;
    /// @brief The epoch checkpoint with the highest epoch on disk; empty when there is none.
    std::string newestEpochCheckpoint() const;
    /// @brief Where a resume starts: last.pt, or where it is missing (deleted, or lost with a
    /// disk) the newest epoch checkpoint; empty when the run has no checkpoint yet.
    std::string resumeCheckpoint() const;

    std::string predictions() const { return in(kPredictions); }
    /// @brief The Kaggle CSV of the val split, as `taxa-cli predict` and the GUI name it.
    std::string valPredictions() const { return predictions() + "/val.csv"; }
    /// @brief Its top-k store (FILE.csv -> FILE.topk.csv).
    std::string valTopk() const { return predictions() + "/val.topk.csv"; }
    /// @brief The feature store of the val split (eval/FeatureStore.h).
    std::string features() const { return predictions() + "/features.bin"; }

    /// @brief The run of RUN/checkpoints/X.pt (made absolute); none for a file elsewhere.
    static std::optional<RunFolder> ofCheckpoint(const std::string& checkpoint);
    /// @brief The run of a saved predictions file RUN/predictions/F; none for a file elsewhere.
    static std::optional<RunFolder> ofPredictions(const std::string& file);
    /// @brief N of a file name "epoch-N.pt" (N > 0, digits only); 0 for any other name.
    static int epochOfCheckpointName(const std::string& fileName);

  private:
    static constexpr const char* kBest = "best.pt";
    static constexpr const char* kLast = "last.pt";
    std::string in(const char* name) const { return dir_ + "/" + name; }

    std::string dir_;
};

}  // namespace taxa
