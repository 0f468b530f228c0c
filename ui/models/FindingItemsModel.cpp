#include "models/FindingItemsModel.h"

#include <QLocale>
#include <algorithm>

FindingItemsModel::FindingItemsModel(QObject* parent) : QAbstractListModel(parent) {}

void FindingItemsModel::setFinding(std::shared_ptr<const LoadedDataset> data, int index) {
    beginResetModel();
    data_ = std::move(data);
    pairs_.reset();
    pairRows_ = 0;
    classes_.clear();
    images_.clear();
    unlisted_ = 0;
    const auto* findings = data_ ? &data_->stats.checks.findings : nullptr;
    if (findings && index >= 0 && index < static_cast<int>(findings->size())) {
        const taxa::Finding& f = (*findings)[static_cast<size_t>(index)];
        if (!f.classes.empty()) {
            classes_ = f.classes;
        } else if (!f.imageIds.empty()) {
            images_ = data_->findImages(f.imageIds, kImageLimit);
            unlisted_ =
                static_cast<int64_t>(f.imageIds.size()) - static_cast<int64_t>(images_.size());
            if (unlisted_ < 0) unlisted_ = 0;  // an id shared by two splits lists twice
        }
    }
    endResetModel();
}

void FindingItemsModel::setNearDuplicates(std::shared_ptr<const LoadedDataset> data,
                                          NearDuplicates report) {
    setFinding(std::move(data), -1);
    if (!report || !data_) return;
    beginResetModel();
    pairs_ = std::move(report);
    pairRows_ = std::min(pairs_->pairs.size(), kImageLimit);
    unlisted_ = static_cast<int64_t>(pairs_->pairs.size() - pairRows_);
    endResetModel();
}

int FindingItemsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    if (pairs_) return static_cast<int>(pairRows_);
    return static_cast<int>(classes_.empty() ? images_.size() : classes_.size());
}

QVariant FindingItemsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto row = static_cast<size_t>(index.row());
    if (pairs_) return pairData(row, role);
    const taxa::Dataset& ds = data_->dataset;
    const int32_t image = classes_.empty() ? images_[row] : -1;
    const int32_t c =
        classes_.empty() ? ds.images[static_cast<size_t>(image)].label : classes_[row];
    switch (role) {
        case Qt::DisplayRole: {
            const QLocale locale;
            if (image < 0) {
                const auto& tax = data_->taxonomy;
                return tr("%1 (%2 train, %3 val)")
                    .arg(QString::fromStdString(tax.node(tax.speciesNode(c)).name),
                         locale.toString(
                             static_cast<qlonglong>(data_->trainCounts[static_cast<size_t>(c)])),
                         locale.toString(
                             static_cast<qlonglong>(data_->valCounts[static_cast<size_t>(c)])));
            }
            const taxa::ImageRecord& im = ds.images[static_cast<size_t>(image)];
            return tr("%1 (%2, id %3)")
                .arg(QString::fromStdString(std::string(ds.fileName(im))),
                     QString::fromUtf8(taxa::splitName(im.split)))
                .arg(im.id);
        }
        case Qt::ToolTipRole:
            return image < 0 ? tr("Click to show this species") : tr("Click to show this image");
        case ClassRole:
            return c;
        case ImageRole:
            return image;
        case PairImageRole:
            return -1;
        default:
            return {};
    }
}

QString FindingItemsModel::imageText(int32_t image) const {
    const taxa::Dataset& ds = data_->dataset;
    const taxa::ImageRecord& im = ds.images[static_cast<size_t>(image)];
    const auto& tax = data_->taxonomy;
    const QString species = im.label >= 0
                                ? QString::fromStdString(tax.node(tax.speciesNode(im.label)).name)
                                : tr("unlabelled");
    return tr("%1 (%2, %3)")
        .arg(QString::fromStdString(std::string(ds.fileName(im))),
             QString::fromUtf8(taxa::splitName(im.split)), species);
}

QVariant FindingItemsModel::pairData(size_t row, int role) const {
    const taxa::embed::NearDuplicate& p = pairs_->pairs[row];
    const int32_t a = pairs_->images[p.rowA], b = pairs_->images[p.rowB];
    switch (role) {
        case Qt::DisplayRole:
            // The similarity first (the list is sorted by it; 4 decimals, as taxa-cli stats, tell
            // apart what a threshold up to 0.999 finds), then one image a line: two
            // dataset paths with split and species do not fit one line of the pane.
            return tr("%1  %2\n%3")
                .arg(QLocale().toString(double(p.similarity), 'f', 4), imageText(a),
                     QStringLiteral("\u2003\u2003\u2003") + imageText(b));
        case Qt::ToolTipRole:
            return tr("Click to see both photos side by side");
        case ClassRole:
            return data_->dataset.images[static_cast<size_t>(a)].label;
        case ImageRole:
            return a;
        case PairImageRole:
            return b;
        case SimilarityRole:
            return double(p.similarity);
        default:
            return {};
    }
}
