#pragma once
/// @file TaxonBreadcrumb.h
/// @brief A taxon's path from kingdom down, each ancestor a link.

#include <QLabel>

#include "state/LoadedDataset.h"

/// @brief "Animalia > Arthropoda > ... > Coccinella > *Coccinella septempunctata*"; clicking a
/// name emits taxonClicked() with its node id.
class TaxonBreadcrumb : public QLabel {
    Q_OBJECT

  public:
    explicit TaxonBreadcrumb(QWidget* parent = nullptr);
    /// @brief Shows the path of @p taxon in @p data; clears with a null dataset or -1.
    void setTaxon(const LoadedDataset* data, int32_t taxon);

  signals:
    void taxonClicked(int taxon);
};
