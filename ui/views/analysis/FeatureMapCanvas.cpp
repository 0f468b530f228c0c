#include "views/analysis/FeatureMapCanvas.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace {

// How far (logical pixels) the cursor may be from a point that it names, and how far a press
// may move before it is a drag, not a click.
constexpr double kHoverRadius = 7;
constexpr double kClickSlop = 4;

}  // namespace

FeatureMapCanvas::FeatureMapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
}

void FeatureMapCanvas::setPoints(std::shared_ptr<const FeatureMapPoints> points,
                                 PointColours colours) {
    points_ = std::move(points);
    colours_ = std::move(colours);
    highlighted_.clear();
    hovered_ = marked_ = -1;
    fit();
}

void FeatureMapCanvas::setColours(PointColours colours) {
    colours_ = std::move(colours);
    dirty_ = true;
    update();
}

void FeatureMapCanvas::setHighlighted(std::vector<int32_t> points) {
    highlighted_ = std::move(points);
    dirty_ = true;
    update();
}

void FeatureMapCanvas::setEmptyText(const QString& text) {
    emptyText_ = text;
    update();
}

void FeatureMapCanvas::setMarked(int32_t point) {
    marked_ = point;
    update();
}

QSize FeatureMapCanvas::deviceSize() const {
    const qreal dpr = devicePixelRatioF();
    return {std::max(1, int(std::lround(width() * dpr))),
            std::max(1, int(std::lround(height() * dpr)))};
}

void FeatureMapCanvas::fit() {
    view_ = points_ ? MapView::fit(points_->bounds, deviceSize()) : MapView{0, 0, 1, deviceSize()};
    fitScale_ = view_.scale;
    userMoved_ = false;
    dirty_ = true;
    update();
}

void FeatureMapCanvas::setView(const MapView& view) {
    view_ = view;
    view_.size = deviceSize();
    userMoved_ = dirty_ = true;
    update();
}

int32_t FeatureMapCanvas::pointAt(QPointF pos) const {
    if (!points_) return -1;
    const QPointF m = view_.toMap(pos * devicePixelRatioF());
    const double radius = kHoverRadius * devicePixelRatioF() * view_.scale;
    return points_->nearest(float(m.x()), float(m.y()), float(radius));
}

void FeatureMapCanvas::selectInside(const QPolygonF& shape) {
    if (!points_) return;
    QPolygonF device;
    for (const QPointF& p : shape)
        device << p * devicePixelRatioF();
    emit selected(pointsInside(*points_, view_, device));
}

void FeatureMapCanvas::redraw() {
    QElapsedTimer clock;
    clock.start();
    rasterise(image_, *points_, colours_, view_, dotSize(points_->count(), fitScale_ / view_.scale),
              highlighted_);
    image_.setDevicePixelRatio(devicePixelRatioF());
    lastDrawMicros_ = clock.nsecsElapsed() / 1000;
    dirty_ = false;
}

void FeatureMapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (!points_ || points_->count() == 0) {
        painter.fillRect(rect(), palette().base());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         emptyText_);
        return;
    }
    if (dirty_ || image_.size() != deviceSize()) {
        view_.size = deviceSize();
        redraw();
    }
    painter.drawImage(QPointF(0, 0), image_);
    paintOverlay(painter);
}

void FeatureMapCanvas::paintOverlay(QPainter& painter) const {
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal dpr = devicePixelRatioF();
    for (int32_t p : {marked_, hovered_}) {
        if (p < 0 || size_t(p) >= points_->count()) continue;
        const QPointF s = view_.toScreen(points_->x(size_t(p)), points_->y(size_t(p))) / dpr;
        painter.setPen(QPen(QColor(20, 20, 20), p == marked_ ? 2.0 : 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(s, 6, 6);
    }
    if (pressed_ && tool_ != Tool::Pan && !lasso_.isEmpty()) {
        painter.setPen(QPen(QColor(30, 30, 30), 1.2, Qt::DashLine));
        painter.setBrush(QColor(30, 100, 200, 30));
        painter.drawPolygon(shapeSoFar(lastPos_));
    }
}

void FeatureMapCanvas::resizeEvent(QResizeEvent*) {
    // A view the user moved keeps its centre and scale; an untouched one fits the new size.
    if (!userMoved_) return fit();
    view_.size = deviceSize();
    dirty_ = true;
}

QPolygonF FeatureMapCanvas::shapeSoFar(QPointF end) const {
    if (tool_ == Tool::Rectangle) return QPolygonF(QRectF(pressPos_, end).normalized());
    QPolygonF shape = lasso_;
    shape << end;
    return shape;
}

void FeatureMapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    pressed_ = true;
    moved_ = false;
    pressPos_ = lastPos_ = event->position();
    lasso_ = QPolygonF() << pressPos_;
}

void FeatureMapCanvas::drag(QPointF pos) {
    if (QLineF(pos, pressPos_).length() > kClickSlop) moved_ = true;
    if (tool_ == Tool::Pan && points_) {
        const QPointF d = (pos - lastPos_) * devicePixelRatioF() * view_.scale;
        view_.cx -= d.x();
        view_.cy += d.y();
        userMoved_ = dirty_ = true;
    } else if (tool_ == Tool::Lasso) {
        lasso_ << pos;
    }
    lastPos_ = pos;
    update();
}

void FeatureMapCanvas::hover(QPointF pos) {
    const int32_t p = pointAt(pos);
    if (p == hovered_) return;
    hovered_ = p;
    update();
    emit hovered(p);
}

void FeatureMapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (pressed_)
        drag(event->position());
    else
        hover(event->position());
}

void FeatureMapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (!pressed_ || event->button() != Qt::LeftButton) return;
    pressed_ = false;
    if (!moved_)
        emit clicked(pointAt(event->position()));
    else if (tool_ != Tool::Pan)
        selectInside(shapeSoFar(event->position()));
    lasso_.clear();
    update();
}

void FeatureMapCanvas::mouseDoubleClickEvent(QMouseEvent*) {
    fit();
}

void FeatureMapCanvas::wheelEvent(QWheelEvent* event) {
    if (!points_) return;
    const double factor = std::pow(1.25, -event->angleDelta().y() / 120.0);
    const QPointF at = event->position() * devicePixelRatioF();
    const QPointF before = view_.toMap(at);
    // Never further out than four times the whole map, nor in past a thousandth of it.
    view_.scale = std::clamp(view_.scale * factor, fitScale_ / 1000, fitScale_ * 4);
    const QPointF after = view_.toMap(at);
    view_.cx += before.x() - after.x();
    view_.cy += before.y() - after.y();
    userMoved_ = dirty_ = true;
    update();
    event->accept();
}

void FeatureMapCanvas::leaveEvent(QEvent*) {
    if (hovered_ < 0) return;
    hovered_ = -1;
    update();
    emit hovered(-1);
}
