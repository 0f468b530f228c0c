#pragma once
/// @file ThumbnailModel.h
/// @brief A list of dataset images whose decorations are thumbnails from a ThumbnailLoader.

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>
#include <memory>
#include <vector>

#include "state/LoadedDataset.h"

class ThumbnailLoader;

/// @brief One row per image. Asking for a row's decoration requests its thumbnail, so only
/// rows a view paints are decoded; the decoration is empty (StateRole says why) until the
/// thumbnail arrives, when the row reports dataChanged.
class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT

  public:
    enum Role {
        ImageIndexRole = Qt::UserRole + 1,  ///< Index into Dataset::images.
        SplitRole,                          ///< taxa::Split as int.
        PathRole,                           ///< Absolute file path.
        StateRole,                          ///< A State.
    };
    enum State { Loading, Ready, Failed };

    explicit ThumbnailModel(ThumbnailLoader* loader, QObject* parent = nullptr);

    /// @brief Shows @p images (indices into the dataset's images) and cancels requests for the
    /// previous ones.
    void setImages(std::shared_ptr<const LoadedDataset> data, std::vector<int32_t> images);
    /// @brief Rows [first, last] are on screen: pending requests for other rows are dropped.
    void setVisibleRows(int first, int last);
    /// @brief Row of an image index, or -1.
    int rowOfImage(int32_t imageIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

  private:
    void thumbnailsReady(const QStringList& paths);

    ThumbnailLoader* loader_;
    std::shared_ptr<const LoadedDataset> data_;
    std::vector<int32_t> images_;
    QStringList paths_;
    QHash<QString, int> rowOfPath_;
};
