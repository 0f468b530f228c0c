#include "views/analysis/PairRanges.h"

#include <QCoreApplication>

#include "geo/GeoEncoding.h"
#include "views/maps/MapColors.h"

namespace {

// Not named tr(): lupdate would take every call for a tr() without a context. The texts are
// marked with QT_TRANSLATE_NOOP where they are written.
QString translated(const char* text) {
    return QCoreApplication::translate("PairRanges", text);
}

void add(const LoadedDataset& data, int32_t image, MapLayer& layer) {
    const taxa::ImageRecord& im = data.dataset.images[static_cast<size_t>(image)];
    const taxa::Location* loc = data.dataset.location(im);
    taxa::geo::GeoPoint p;
    if (!loc || !taxa::geo::toGeoPoint(*loc, p)) return;
    layer.lon.push_back(loc->lon);
    layer.lat.push_back(loc->lat);
}

// "Coccinella septempunctata" as "C. septempunctata": the legend shares the map's room.
QString shortName(const LoadedDataset& data, int32_t c) {
    const QString name =
        QString::fromStdString(data.dataset.categories[static_cast<size_t>(c)].name);
    const int space = name.indexOf(QLatin1Char(' '));
    return space > 0 ? name.left(1) + QStringLiteral(". ") + name.mid(space + 1) : name;
}

}  // namespace

std::shared_ptr<const MapScene> pairRanges(const LoadedDataset& data, int32_t a, int32_t b,
                                           const std::vector<int32_t>& aTakenForB,
                                           const std::vector<int32_t>& bTakenForA) {
    auto scene = std::make_shared<MapScene>(4);
    const QColor colors[2] = {mapSpeciesAColor(), mapSpeciesBColor()};
    const int32_t cls[2] = {a, b};
    const std::vector<int32_t>* mistakes[2] = {&aTakenForB, &bTakenForA};
    for (int side = 0; side < 2; ++side) {
        MapLayer& train = (*scene)[static_cast<size_t>(side)];
        train.label = translated(QT_TRANSLATE_NOOP("PairRanges", "%1 training"))
                          .arg(shortName(data, cls[side]));
        train.color = colors[side];
        train.marker = MapLayer::Dot;
        for (int32_t image : data.imagesOf(cls[side]))
            if (data.dataset.images[static_cast<size_t>(image)].split == taxa::Split::Train)
                add(data, image, train);
        MapLayer& wrong = (*scene)[static_cast<size_t>(2 + side)];
        wrong.label = translated(QT_TRANSLATE_NOOP("PairRanges", "%1 val taken for %2"))
                          .arg(shortName(data, cls[side]), shortName(data, cls[1 - side]));
        wrong.color = colors[side].darker(115);
        wrong.marker = MapLayer::Cross;
        for (int32_t image : *mistakes[side])
            add(data, image, wrong);
    }
    return scene;
}
