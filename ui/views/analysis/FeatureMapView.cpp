#include "views/analysis/FeatureMapView.h"

#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <unordered_map>
#include <utility>

#include "state/Formatting.h"
#include "views/analysis/FeatureMapCanvas.h"
#include "views/common/JobStatus.h"
#include "workers/ThumbnailLoader.h"

namespace {

// Most images listed for one selection: a lasso around a whole cloud can hold most of 437k.
constexpr int kListLimit = 2000;
constexpr int kPhotoSide = 220;

QString speciesName(const LoadedDataset& data, int32_t c) {
    return c < 0 ? FeatureMapView::tr("no label")
                 : QString::fromStdString(data.dataset.categories[size_t(c)].name);
}

// ", most: Parus major 40, Adalia bipunctata 12, ..." for the three largest.
QString mostFrequent(const LoadedDataset& data, const std::unordered_map<int32_t, int>& perClass) {
    std::vector<std::pair<int, int32_t>> order;
    for (const auto& [c, n] : perClass)
        order.emplace_back(-n, c);
    std::sort(order.begin(), order.end());
    QStringList parts;
    for (size_t i = 0; i < std::min<size_t>(3, order.size()); ++i)
        parts
            << QStringLiteral("%1 %2").arg(speciesName(data, order[i].second)).arg(-order[i].first);
    return parts.isEmpty() ? QString() : FeatureMapView::tr(", most: %1").arg(parts.join(", "));
}

// A file path as HTML that wraps after its slashes: the caption is narrower than most paths.
QString wrappablePath(const QString& path) {
    return path.toHtmlEscaped().replace(QLatin1Char('/'), QStringLiteral("/&#8203;"));
}

}  // namespace

FeatureMapView::FeatureMapView(QWidget* parent)
    : QWidget(parent),
      canvas_(new FeatureMapCanvas(this)),
      status_(new JobStatus(this)),
      legend_(new QLabel(this)),
      highlight_(new QLabel(this)),
      photo_(new QLabel(this)),
      caption_(new QLabel(this)),
      selectionTitle_(new QLabel(this)),
      list_(new QListWidget(this)),
      loader_(new ThumbnailLoader(kPhotoSide, 32ll << 20, this)) {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(canvas_);
    split->addWidget(buildSide());
    split->setStretchFactor(0, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(status_);
    layout->addWidget(split, 1);

    connect(canvas_, &FeatureMapCanvas::hovered, this, [this](int32_t p) {
        if (!pinned_ && p >= 0) showPoint(p, false);
    });
    connect(canvas_, &FeatureMapCanvas::clicked, this, [this](int32_t p) { showPoint(p, true); });
    connect(canvas_, &FeatureMapCanvas::selected, this, &FeatureMapView::listSelection);
    connect(loader_, &ThumbnailLoader::ready, this, &FeatureMapView::updatePreviewPixmap);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !points_) return;
        const int32_t image = list_->item(row)->data(Qt::UserRole).toInt();
        showPreview(image);
        canvas_->setMarked(points_->pointOfImage(image));
    });
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit imageRequested(item->data(Qt::UserRole).toInt());
    });
    explainMissingMap();
    showPreview(-1);
}

QWidget* FeatureMapView::buildToolbar() {
    // A tool bar folds what does not fit into its extension menu: the panel shares the window
    // with the taxonomy.
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    colourBy_ = new QComboBox(bar);
    colourBy_->addItems({tr("Supercategory"), tr("Right or wrong"), tr("Split"),
                         tr("Training images of the species")});
    colourBy_->setToolTip(tr("What the colour of a point says"));
    colourBy_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    colourBy_->setMinimumContentsLength(12);
    connect(colourBy_, &QComboBox::currentIndexChanged, this,
            [this](int i) { setColouring(static_cast<MapColouring>(i)); });
    bar->addWidget(colourBy_);
    auto* tools = new QActionGroup(bar);
    const std::pair<QString, FeatureMapCanvas::Tool> kinds[] = {
        {tr("Pan"), FeatureMapCanvas::Tool::Pan},
        {tr("Lasso"), FeatureMapCanvas::Tool::Lasso},
        {tr("Rectangle"), FeatureMapCanvas::Tool::Rectangle}};
    for (const auto& [name, tool] : kinds) {
        QAction* a = bar->addAction(name, this, [this, tool = tool] { canvas_->setTool(tool); });
        a->setCheckable(true);
        a->setChecked(tool == FeatureMapCanvas::Tool::Pan);
        tools->addAction(a);
    }
    bar->addSeparator();
    compute_ = bar->addAction(tr("Compute Map"), this, &FeatureMapView::computeMap);
    compute_->setToolTip(
        tr("Lay out every train and val image by the run's features, in the "
           "background (the features are computed first if the run has none)"));
    bar->addAction(tr("Open Map..."), this, &FeatureMapView::chooseMapFile)
        ->setToolTip(tr("A map written by taxa-cli map-features (FILE.map.bin)"));
    return bar;
}

QWidget* FeatureMapView::buildSide() {
    auto* side = new QWidget(this);
    auto* column = new QVBoxLayout(side);
    column->setContentsMargins(6, 0, 0, 0);
    legend_->setTextFormat(Qt::RichText);
    legend_->setWordWrap(true);
    highlight_->setWordWrap(true);
    highlight_->setTextFormat(Qt::RichText);
    connect(highlight_, &QLabel::linkActivated, this, [this] { clearHighlight(); });
    photo_->setFixedSize(kPhotoSide, kPhotoSide);
    photo_->setAlignment(Qt::AlignCenter);
    photo_->setWordWrap(true);
    photo_->setFrameShape(QFrame::StyledPanel);
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::RichText);
    caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    selectionTitle_->setWordWrap(true);
    selectionTitle_->setText(tr("Draw a lasso or a rectangle to list the images inside."));
    list_->setUniformItemSizes(true);
    column->addWidget(legend_);
    column->addWidget(highlight_);
    column->addWidget(photo_, 0, Qt::AlignHCenter);
    column->addWidget(caption_);
    column->addWidget(selectionTitle_);
    column->addWidget(list_, 1);
    side->setMinimumWidth(kPhotoSide + 12);
    side->setMaximumWidth(kPhotoSide + 200);
    return side;
}

void FeatureMapView::setResult(std::shared_ptr<const LoadedDataset> data,
                               std::shared_ptr<const AnalysisResult> result) {
    const bool sameDataset = data == data_;
    data_ = std::move(data);
    result_ = std::move(result);
    if (!sameDataset) {
        status_->cancel();
        points_.reset();
        canvas_->setPoints(nullptr, {});
        list_->clear();
        showPreview(-1);
    }
    const QString checkpoint = result_ ? result_->checkpoint : QString();
    compute_->setEnabled(data_ && !FeatureMapJob::mapPath(checkpoint).isEmpty());
    const QString path = FeatureMapJob::mapPath(checkpoint);
    const bool shown = points_ && !path.isEmpty() && points_->path == path.toStdString();
    if (!shown && data_ && !status_->isRunning() && FeatureMapJob::mapCurrent(checkpoint))
        openMap(path);
    else if (points_)
        recolour();  // right and wrong are of the new predictions
    else
        explainMissingMap();
}

void FeatureMapView::explainMissingMap() {
    const QString checkpoint = result_ ? result_->checkpoint : QString();
    if (!data_)
        canvas_->setEmptyText(tr("Open a dataset and analyse a run to map its images."));
    else if (FeatureMapJob::mapPath(checkpoint).isEmpty())
        canvas_->setEmptyText(
            tr("These predictions name no run, so there are no features to map. Analyse a run, "
               "or open a map made with taxa-cli map-features."));
    else
        canvas_->setEmptyText(
            tr("This run has no map yet. Compute Map lays out its %1 train and val images "
               "(on two cores about a second per 2,000 images; the features come first if the "
               "run has none).")
                .arg(QLocale().toString(qlonglong(std::count_if(
                    data_->dataset.images.begin(), data_->dataset.images.end(),
                    [](const taxa::ImageRecord& im) { return im.split != taxa::Split::Test; })))));
}

bool FeatureMapView::computeMap() {
    if (!data_ || !result_ || result_->checkpoint.isEmpty()) return false;
    auto out = std::make_shared<FeatureMapJob::Points>();
    return status_->run(tr("Mapping the run's features..."),
                        FeatureMapJob::compute(data_, result_->checkpoint, out),
                        [this, out] { adopt(*out); });
}

bool FeatureMapView::openMap(const QString& path) {
    if (!data_) return false;
    auto out = std::make_shared<FeatureMapJob::Points>();
    return status_->run(tr("Reading %1...").arg(QFileInfo(path).fileName()),
                        FeatureMapJob::read(data_, path, out), [this, out] { adopt(*out); });
}

void FeatureMapView::chooseMapFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Feature Map"), QString(), tr("Feature maps (*.map.bin);;All files (*)"));
    if (!path.isEmpty()) openMap(path);
}

void FeatureMapView::adopt(FeatureMapJob::Points points) {
    points_ = std::move(points);
    canvas_->setPoints(points_, {});
    recolour();
    status_->setText(tr("%1 images mapped (%2). Drag to pan, wheel to zoom, double-click to see "
                        "the whole map.")
                         .arg(QLocale().toString(qlonglong(points_->count())),
                              QFileInfo(QString::fromStdString(points_->path)).fileName()));
    list_->clear();
    highlight_->clear();
    if (!pendingClasses_.empty())
        highlightClasses(std::exchange(pendingClasses_, {}), pendingWhat_);
}

void FeatureMapView::setColouring(MapColouring mode) {
    colouring_ = mode;
    if (colourBy_->currentIndex() != int(mode)) colourBy_->setCurrentIndex(int(mode));
    recolour();
}

void FeatureMapView::recolour() {
    if (!points_ || !data_) return;
    PointColours c = colourPoints(*points_, *data_, result_.get(), colouring_);
    showLegend(c);
    canvas_->setColours(std::move(c));
}

void FeatureMapView::showLegend(const PointColours& c) {
    QString html;
    for (size_t i = 0; i < c.palette.size(); ++i) {
        if (c.counts[i] == 0) continue;
        html += QStringLiteral(
                    "<span style='color:%1'>&#9632;</span> %2 <span "
                    "style='color:gray'>%3</span><br>")
                    .arg(QColor(c.palette[i]).name(), c.names[int(i)].toHtmlEscaped(),
                         QLocale().toString(qlonglong(c.counts[i])));
    }
    legend_->setText(html);
}

void FeatureMapView::showPoint(int32_t point, bool pin) {
    pinned_ = pin && point >= 0;
    canvas_->setMarked(pinned_ ? point : -1);
    if (point >= 0 || pin) showPreview(point >= 0 ? points_->images[size_t(point)] : -1);
}

void FeatureMapView::showPreview(int32_t image) {
    preview_ = image;
    caption_->setText(previewCaption());
    photo_->clear();
    if (image < 0) return photo_->setText(tr("Point at an image to see its photo."));
    loader_->retainOnly({});
    loader_->request(QString::fromStdString(data_->imagePath(image)));
    updatePreviewPixmap();
}

void FeatureMapView::updatePreviewPixmap() {
    if (preview_ < 0 || !data_) return;
    const QString path = QString::fromStdString(data_->imagePath(preview_));
    if (const QPixmap* pixmap = loader_->cached(path))
        photo_->setPixmap(*pixmap);
    else if (loader_->failed(path))
        photo_->setText(tr("The photo cannot be read."));
}

QString FeatureMapView::previewCaption() const {
    if (preview_ < 0 || !data_) return {};
    const taxa::ImageRecord& im = data_->dataset.images[size_t(preview_)];
    QString text =
        QStringLiteral("<b>%1</b><br>%2 &middot; %3")
            .arg(speciesName(*data_, im.label).toHtmlEscaped(),
                 QString::fromUtf8(taxa::splitName(im.split)),
                 wrappablePath(QString::fromStdString(std::string(data_->dataset.fileName(im)))));
    const int32_t row = result_ ? result_->rowOfImage(preview_) : -1;
    if (row < 0) return text;
    const taxa::Prediction& p = result_->predictions.rows[size_t(row)];
    if (p.classes.empty()) return text;
    const bool right = p.classes.front() == im.label;
    text +=
        QStringLiteral("<br>") + (right ? tr("Predicted right: %1")
                                        : tr("<span style='color:#c62828'>Predicted "
                                             "wrong: %1</span>"))
                                     .arg(speciesName(*data_, p.classes.front()).toHtmlEscaped());
    if (!p.scores.empty()) text += QStringLiteral(" (%1)").arg(probabilityText(p.scores.front()));
    return text;
}

void FeatureMapView::listSelection(const std::vector<int32_t>& points) {
    canvas_->setHighlighted(points);
    list_->clear();
    std::unordered_map<int32_t, int> perClass;
    for (int32_t p : points)
        ++perClass[points_->classes[size_t(p)]];
    const int shown = std::min<int>(int(points.size()), kListLimit);
    for (int i = 0; i < shown; ++i) {
        const int32_t image = points_->images[size_t(points[size_t(i)])];
        const taxa::ImageRecord& im = data_->dataset.images[size_t(image)];
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                .arg(speciesName(*data_, im.label), QString::fromUtf8(taxa::splitName(im.split)),
                     QString::fromStdString(std::string(data_->dataset.fileName(im)))));
        item->setData(Qt::UserRole, image);
        list_->addItem(item);
    }
    QString title = tr("%1 images of %2 species selected")
                        .arg(QLocale().toString(qlonglong(points.size())))
                        .arg(perClass.size()) +
                    mostFrequent(*data_, perClass);
    if (int(points.size()) > shown) title += tr(" (the first %1 listed)").arg(shown);
    selectionTitle_->setText(title + tr("; double-click one to open it."));
}

void FeatureMapView::highlightClasses(const std::vector<int32_t>& classes, const QString& what) {
    // A species chosen before the map is read is highlighted once it is.
    if (!points_) {
        pendingClasses_ = classes;
        pendingWhat_ = what;
        return;
    }
    std::vector<int32_t> sorted = classes;
    std::sort(sorted.begin(), sorted.end());
    highlightPoints(points_->pointsOfClasses(sorted), what);
}

void FeatureMapView::highlightImages(const std::vector<int32_t>& images, const QString& what) {
    if (!points_) return;
    std::vector<int32_t> chosen;
    for (int32_t image : images)
        if (const int32_t p = points_->pointOfImage(image); p >= 0) chosen.push_back(p);
    canvas_->setMarked(chosen.size() == 1 ? chosen.front() : -1);
    highlightPoints(std::move(chosen), what);
}

void FeatureMapView::highlightPoints(std::vector<int32_t> chosen, const QString& what) {
    highlight_->setText(
        tr("Highlighted: %1 (%2 images) <a href='clear'>clear</a>")
            .arg(what.toHtmlEscaped(), QLocale().toString(qlonglong(chosen.size()))));
    canvas_->setHighlighted(std::move(chosen));
}

void FeatureMapView::clearHighlight() {
    pendingClasses_.clear();
    canvas_->setHighlighted({});
    canvas_->setMarked(-1);
    highlight_->clear();
}
