#include "state/RankLabels.h"

#include <QCoreApplication>

#include "state/TaxonomyRows.h"

// The translation context stays TaxonomyModel's, where these strings were first translated.
QString rankLabel(int rank) {
    switch (rank) {
        case static_cast<int>(taxa::Rank::Root):
            return QCoreApplication::translate("TaxonomyModel", "all");
        case static_cast<int>(taxa::Rank::Kingdom):
            return QCoreApplication::translate("TaxonomyModel", "kingdom");
        case static_cast<int>(taxa::Rank::Phylum):
            return QCoreApplication::translate("TaxonomyModel", "phylum");
        case static_cast<int>(taxa::Rank::Class):
            return QCoreApplication::translate("TaxonomyModel", "class");
        case static_cast<int>(taxa::Rank::Order):
            return QCoreApplication::translate("TaxonomyModel", "order");
        case static_cast<int>(taxa::Rank::Family):
            return QCoreApplication::translate("TaxonomyModel", "family");
        case static_cast<int>(taxa::Rank::Genus):
            return QCoreApplication::translate("TaxonomyModel", "genus");
        case static_cast<int>(taxa::Rank::Species):
            return QCoreApplication::translate("TaxonomyModel", "species");
        case kSupercategoryRank:
            return QCoreApplication::translate("TaxonomyModel", "supercategory");
        default:
            return {};
    }
}

QString rankLabel(const taxa::Taxonomy& tax, int rank) {
    if (rank < 0 || rank >= taxa::kRankCount) return rankLabel(rank);
    const std::string& given = tax.rankLabel(static_cast<taxa::Rank>(rank));
    if (given == taxa::rankName(static_cast<taxa::Rank>(rank))) return rankLabel(rank);
    // The names core gives trees without named ranks.
    if (given.rfind("level ", 0) == 0)
        return QCoreApplication::translate("TaxonomyModel", "level %1")
            .arg(QString::fromStdString(given.substr(6)));
    if (given == "class") return QCoreApplication::translate("TaxonomyModel", "class");
    if (given == "species") return QCoreApplication::translate("TaxonomyModel", "species");
    return QString::fromStdString(given);
}
