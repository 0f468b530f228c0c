#include "views/dataset/TaxonBreadcrumb.h"
#include "state/RankLabels.h"

#include <vector>

TaxonBreadcrumb::TaxonBreadcrumb(QWidget* parent) : QLabel(parent) {
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const int taxon = link.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok) emit taxonClicked(taxon);
    });
}

void TaxonBreadcrumb::setTaxon(const LoadedDataset* data, int32_t taxon) {
    if (!data || taxon < 0) {
        clear();
        return;
    }
    const taxa::Taxonomy& tax = data->taxonomy;
    std::vector<int32_t> path;
    for (int32_t n = taxon; n > tax.root(); n = tax.node(n).parent)
        path.push_back(n);
    QStringList parts;
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        const taxa::TaxonNode& node = tax.node(*it);
        const QString name = QString::fromStdString(node.name).toHtmlEscaped();
        const QString rank = rankLabel(tax, static_cast<int>(node.rank)).toHtmlEscaped();
        if (*it == taxon)
            parts << QStringLiteral("<b title=\"%1\">%2</b>").arg(rank, name);
        else
            parts << QStringLiteral("<a href=\"taxon:%1\" title=\"%2\">%3</a>")
                         .arg(*it)
                         .arg(rank, name);
    }
    setText(parts.join(QStringLiteral(" &rsaquo; ")));
}
