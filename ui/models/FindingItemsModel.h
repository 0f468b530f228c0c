#pragma once
/// @file FindingItemsModel.h
/// @brief The species or images one split-check finding concerns, or the pairs of a
/// near-duplicates check.

#include <QAbstractListModel>
#include <memory>
#include <vector>

#include "embed/NearDuplicateReport.h"
#include "state/LoadedDataset.h"

/// @brief Lists a finding's species (name, train and val counts) or, when it names images
/// instead, its images (file, split, species); for near-duplicates by features, the pairs
/// (both files with split and species, and their cosine similarity). Image and pair lists stop
/// at a limit, because a finding about photographers can name most of a dataset.
class FindingItemsModel : public QAbstractListModel {
    Q_OBJECT

  public:
    enum Role {
        ClassRole = Qt::UserRole + 1,  ///< Class index of the row's species, or -1.
        ImageRole,                     ///< Image index (into Dataset::images), or -1.
        PairImageRole,                 ///< A pair's second image (the later split), or -1.
        SimilarityRole,                ///< A pair's cosine similarity (double).
    };
    /// @brief Most image or pair rows listed for one finding.
    static constexpr size_t kImageLimit = 2000;
    using NearDuplicates = std::shared_ptr<const taxa::embed::NearDuplicateReport>;

    explicit FindingItemsModel(QObject* parent = nullptr);

    /// @brief Shows the items of finding @p index of @p data's split checks; -1 clears.
    void setFinding(std::shared_ptr<const LoadedDataset> data, int index);
    /// @brief Lists the pairs of @p report, whose rows are images of @p data; nullptr clears.
    void setNearDuplicates(std::shared_ptr<const LoadedDataset> data, NearDuplicates report);
    /// @brief Items the finding concerns that are not listed (over the limit, or ids that no
    /// longer resolve to an image).
    int64_t unlisted() const { return unlisted_; }
    bool listsImages() const { return !images_.empty(); }
    bool listsPairs() const { return pairs_ != nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

  private:
    QVariant pairData(size_t row, int role) const;
    QString imageText(int32_t image) const;

    std::shared_ptr<const LoadedDataset> data_;
    NearDuplicates pairs_;
    size_t pairRows_ = 0;
    std::vector<int32_t> classes_;
    std::vector<int32_t> images_;
    int64_t unlisted_ = 0;
};
