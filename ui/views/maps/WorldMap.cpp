#include "views/maps/WorldMap.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinScale = 0.002;  // degrees per pixel: about 200 m
constexpr double kZoomStep = 1.25;   // per wheel notch
constexpr double kFitMargin = 1.25;  // room around the points when fitting

QString degrees(double v, char positive, char negative) {
    return QStringLiteral("%1\u00b0%2")
        .arg(std::fabs(v), 0, 'f', 2)
        .arg(QChar(v >= 0 ? positive : negative));
}

}  // namespace

WorldMap::WorldMap(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, &WorldMap::finished);
    sinceChange_.start();
}

WorldMap::~WorldMap() {
    watcher_.waitForFinished();  // the render reads scene_, which this object shares
}

void WorldMap::setScene(std::shared_ptr<const MapScene> scene, bool fit) {
    scene_ = std::move(scene);
    if (fit)
        fitScene();
    else
        requestRender();
}

void WorldMap::setStyle(const MapStyle& style) {
    style_ = style;
    requestRender();
}

void WorldMap::setEmptyText(const QString& text) {
    emptyText_ = text;
    update();
}

double WorldMap::maxScale() const {
    return std::max(360.0 / std::max(1, width()), 180.0 / std::max(1, height()));
}

void WorldMap::clampView() {
    scale_ = std::clamp(scale_, kMinScale, maxScale());
    // Keep the view on the world; a view wider (or taller) than the world centres it.
    const double halfW = 0.5 * width() * scale_, halfH = 0.5 * height() * scale_;
    centre_.setX(halfW >= 180 ? 0 : std::clamp(centre_.x(), -180 + halfW, 180 - halfW));
    centre_.setY(halfH >= 90 ? 0 : std::clamp(centre_.y(), -90 + halfH, 90 - halfH));
}

void WorldMap::setView(QPointF centre, double degreesPerPixel) {
    centre_ = centre;
    scale_ = degreesPerPixel;
    follow_ = Follow::Own;
    clampView();
    requestRender();
}

void WorldMap::showWorld() {
    centre_ = {0, 0};
    scale_ = maxScale();
    follow_ = Follow::World;
    requestRender();
}

void WorldMap::fitScene() {
    double west = 180, east = -180, south = 90, north = -90;
    if (scene_)
        for (const MapLayer& l : *scene_)
            for (size_t i = 0; i < l.lon.size(); ++i) {
                if (!std::isfinite(l.lon[i]) || !std::isfinite(l.lat[i])) continue;
                west = std::min<double>(west, l.lon[i]);
                east = std::max<double>(east, l.lon[i]);
                south = std::min<double>(south, l.lat[i]);
                north = std::max<double>(north, l.lat[i]);
            }
    if (east < west) {
        showWorld();
        return;
    }
    // At least 50 degrees across, so that a few points show their continent around them; the
    // points go below the legend.
    const double spanLon = std::max(50.0, east - west) * kFitMargin;
    const double spanLat = std::max(25.0, north - south) * kFitMargin;
    const int legend = std::min(legendHeight(), height() / 2);
    const double scale =
        std::max(spanLon / std::max(1, width()), spanLat / std::max(1, height() - legend));
    setView({0.5 * (west + east), 0.5 * (south + north) + 0.5 * legend * scale}, scale);
    follow_ = Follow::Scene;  // fitted again when the widget's size changes (e.g. first shown)
}

taxa::geo::MapWindow WorldMap::window() const {
    const double dpr = devicePixelRatioF();
    taxa::geo::MapWindow w;
    w.width = static_cast<int>(std::lround(width() * dpr));
    w.height = static_cast<int>(std::lround(height() * dpr));
    const double halfW = 0.5 * width() * scale_, halfH = 0.5 * height() * scale_;
    w.west = centre_.x() - halfW;
    w.east = centre_.x() + halfW;
    w.south = centre_.y() - halfH;
    w.north = centre_.y() + halfH;
    return w;
}

QPointF WorldMap::toDegrees(QPointF pixel) const {
    return {centre_.x() + (pixel.x() - 0.5 * width()) * scale_,
            centre_.y() - (pixel.y() - 0.5 * height()) * scale_};
}

void WorldMap::requestRender() {
    sinceChange_.restart();
    if (!isVisible()) return;  // drawn when shown: a hidden map costs nothing
    update();                  // the last image, moved to the new view, right away
    if (watcher_.isRunning()) {
        pending_ = true;  // drawn when the current one is done: only the newest view counts
        return;
    }
    startRender();
}

void WorldMap::startRender() {
    pending_ = false;
    const taxa::geo::MapWindow w = window();
    if (w.width <= 0 || w.height <= 0) return;
    auto scene = scene_ ? scene_ : std::make_shared<const MapScene>();
    const MapStyle style = style_;
    const double dpr = devicePixelRatioF();
    watcher_.setFuture(QtConcurrent::run([scene, w, style, dpr] {
        Result r;
        r.window = w;
        r.image = renderMap(*scene, w, style, &r.drawn);
        r.image.setDevicePixelRatio(dpr);
        return r;
    }));
}

void WorldMap::finished() {
    Result r = watcher_.result();
    image_ = std::move(r.image);
    imageWindow_ = r.window;
    drawn_ = std::move(r.drawn);
    if (pending_) {
        startRender();
    } else {
        lastRenderMs_ = sinceChange_.elapsed();
        emit rendered();
    }
    update();
}

void WorldMap::showEvent(QShowEvent*) {
    // A hidden widget's size is not its final one: fit again once it is on screen.
    if (follow_ == Follow::Scene)
        fitScene();
    else
        requestRender();
}

void WorldMap::resizeEvent(QResizeEvent*) {
    if (follow_ == Follow::Scene) return fitScene();
    if (follow_ == Follow::World) scale_ = maxScale();
    clampView();
    requestRender();
}

void WorldMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0xc9, 0xcd, 0xd2));  // off the world, until the image is in
    if (!image_.isNull()) {
        // The image shows imageWindow_; put that part of the world where it lies now (moved
        // and scaled while a newer image is on its way).
        const taxa::geo::MapWindow now = window();
        const double sx = width() / (now.east - now.west), sy = height() / (now.north - now.south);
        const QRectF target((imageWindow_.west - now.west) * sx,
                            (now.north - imageWindow_.north) * sy,
                            (imageWindow_.east - imageWindow_.west) * sx,
                            (imageWindow_.north - imageWindow_.south) * sy);
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(target, image_);
    }
    drawLegend(p);
    if (std::isfinite(cursor_.x())) {
        const QString where =
            degrees(cursor_.y(), 'N', 'S') + QStringLiteral("  ") + degrees(cursor_.x(), 'E', 'W');
        const QRect box = p.fontMetrics().boundingRect(where).adjusted(-4, -2, 4, 2);
        const QRect at(width() - box.width() - 6, height() - box.height() - 6, box.width(),
                       box.height());
        p.fillRect(at, QColor(255, 255, 255, 210));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(at, Qt::AlignCenter, where);
    }
    bool empty = true;
    if (scene_)
        for (const MapLayer& l : *scene_)
            empty &= l.lon.empty();
    if (empty && !emptyText_.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        const QRect box = p.fontMetrics()
                              .boundingRect(rect().adjusted(40, 0, -40, 0),
                                            Qt::AlignCenter | Qt::TextWordWrap, emptyText_)
                              .adjusted(-10, -6, 10, 6);
        p.fillRect(box, QColor(255, 255, 255, 225));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
    }
}

QFont WorldMap::legendFont() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

int WorldMap::legendHeight() const {
    int rows = 0;
    if (scene_)
        for (const MapLayer& l : *scene_)
            rows += !l.lon.empty();
    return rows ? 6 + (QFontMetrics(legendFont()).height() + 4) * rows + 6 + 4 : 0;
}

std::vector<std::pair<size_t, QString>> WorldMap::legendRows(const QFontMetrics& fm) const {
    std::vector<std::pair<size_t, QString>> rows;  // layers with points, and their lines
    if (!scene_) return rows;
    for (size_t i = 0; i < scene_->size(); ++i) {
        const MapLayer& l = (*scene_)[i];
        if (l.lon.empty()) continue;
        const LayerDrawn d = i < drawn_.size() ? drawn_[i] : LayerDrawn{};
        const QString n = QLocale().toString(static_cast<qlonglong>(d.inView));
        rows.emplace_back(i,
                          (d.mode == LayerDrawn::Shading    ? tr("%1: %2 in view (shaded by count)")
                           : d.mode == LayerDrawn::CellDots ? tr("%1: %2 in view (a dot per cell)")
                                                            : tr("%1: %2 in view"))
                              .arg(l.label, n));
    }
    // A narrow map (the pair view's) or a long translation would push lines past the right
    // edge: they lose their middle, which keeps the species and the count readable.
    const int room = std::max(fm.averageCharWidth() * 8, width() - 5 * kLegendPad - 14);
    for (auto& row : rows)
        row.second = fm.elidedText(row.second, Qt::ElideMiddle, room);
    return rows;
}

QStringList WorldMap::legendLines() const {
    QStringList lines;
    for (const auto& row : legendRows(QFontMetrics(legendFont())))
        lines << row.second;
    return lines;
}

void WorldMap::drawLegend(QPainter& p) const {
    p.setFont(legendFont());
    const QFontMetrics fm = p.fontMetrics();
    const std::vector<std::pair<size_t, QString>> rows = legendRows(fm);
    if (rows.empty()) return;
    const int line = fm.height() + 4, pad = kLegendPad;
    int w = 0;
    for (const auto& row : rows)
        w = std::max(w, fm.horizontalAdvance(row.second));
    const QRect box(pad, pad, w + 3 * pad + 14, line * static_cast<int>(rows.size()) + pad);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QColor(0, 0, 0, 40));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    for (size_t r = 0; r < rows.size(); ++r) {
        const MapLayer& l = (*scene_)[rows[r].first];
        const QPointF c(box.left() + pad + 6,
                        box.top() + pad / 2 + line * static_cast<double>(r) + line / 2.0);
        drawMarker(p, l.marker, l.color, c, 4.0);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(c.x() + 12, c.y() - line / 2.0, w + pad, line), Qt::AlignVCenter,
                   rows[r].second);
    }
}

void WorldMap::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) return;
    // Zoom around the cursor: the place under it stays under it.
    const QPointF at = event->position(), before = toDegrees(at);
    scale_ *= std::pow(kZoomStep, -notches);
    scale_ = std::clamp(scale_, kMinScale, maxScale());
    const QPointF after = toDegrees(at);
    centre_ += before - after;
    follow_ = Follow::Own;
    clampView();
    requestRender();
    event->accept();
}

void WorldMap::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    dragging_ = true;
    dragFrom_ = event->position().toPoint();
    dragCentre_ = centre_;
    setCursor(Qt::ClosedHandCursor);
}

void WorldMap::mouseMoveEvent(QMouseEvent* event) {
    cursor_ = toDegrees(event->position());
    if (dragging_) {
        const QPointF d = event->position() - dragFrom_;
        centre_ = dragCentre_ + QPointF(-d.x() * scale_, d.y() * scale_);
        follow_ = Follow::Own;
        clampView();
        requestRender();
    } else {
        update();
    }
}

void WorldMap::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    dragging_ = false;
    unsetCursor();
}

void WorldMap::mouseDoubleClickEvent(QMouseEvent*) {
    fitScene();
}

void WorldMap::leaveEvent(QEvent*) {
    cursor_ = {NAN, NAN};
    update();
}
