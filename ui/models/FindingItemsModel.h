#pragma once
/// @file FindingItemsModel.h
/// @brief The species or images one split-check finding concerns.

#include <QAbstractListModel>
#include <memory>
#include <vector>

#include "state/LoadedDataset.h"

/// @brief Lists a finding's species (name, train and val counts) or, when it names images
/// instead, its images (file, split, species). Image lists stop at a limit, because a finding
/// about photographers can name most of a dataset.
class FindingItemsModel : public QAbstractListModel {
    Q_OBJECT

  public:
    enum Role {
        ClassRole = Qt::UserRole + 1,  ///< Class index of the row's species, or -1.
        ImageRole,                     ///< Image index (into Dataset::images), or -1.
    };
    /// @brief Most image rows listed for one finding.
    static constexpr size_t kImageLimit = 2000;

    explicit FindingItemsModel(QObject* parent = nullptr);

    /// @brief Shows the items of finding @p index of @p data's split checks; -1 clears.
    void setFinding(std::shared_ptr<const LoadedDataset> data, int index);
    /// @brief Items the finding concerns that are not listed (over the limit, or ids that no
    /// longer resolve to an image).
    int64_t unlisted() const { return unlisted_; }
    bool listsImages() const { return !images_.empty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

  private:
    std::shared_ptr<const LoadedDataset> data_;
    std::vector<int32_t> classes_;
    std::vector<int32_t> images_;
    int64_t unlisted_ = 0;
};
