// The Feature map tab offscreen, on the six-species fixture (187 train and 17 val images):
// a map joins the dataset by split and image id (a foreign one is one line naming it); the
// nearest point and the points inside a shape equal a brute force over the screen positions; a
// point lands on the pixel the view's transform puts it on; colour counts per supercategory,
// split, bucket and right/wrong equal the fixture's counts worked by hand; and the tab computes
// a run's map from its features in the background (no engine: the features are current),
// saves it, reads it back the next time, highlights a species and lists a lasso's images.

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <map>
#include <random>

#include "TaxonomyDataset.h"
#include "embed/FeatureMap.h"
#include "eval/FeatureStore.h"
#include "jobs/FeatureMapJob.h"
#include "util/Error.h"
#include "util/Fingerprint.h"
#include "views/analysis/FeatureMapCanvas.h"
#include "views/analysis/FeatureMapView.h"
#include "views/common/JobStatus.h"

using namespace taxa;

namespace {

// Class c's images around (10 c, 0), train below the axis and val above it.
embed::FeatureMap handMap(const Dataset& ds) {
    embed::FeatureMap m;
    m.seed = 7;
    for (size_t i = 0; i < ds.images.size(); ++i) {
        const ImageRecord& im = ds.images[i];
        m.imageIds.push_back(im.id);
        m.splits.push_back(uint8_t(im.split));
        m.xy.push_back(float(10 * im.label) + 0.01f * float(i % 50));
        m.xy.push_back(im.split == Split::Val ? 1.0f : -0.001f * float(i));
    }
    return m;
}

// Unit vectors near one of six orthogonal directions per class, as a trained model's would be.
FeatureStore classStore(const Dataset& ds, uint64_t source) {
    std::mt19937 gen(3);
    std::normal_distribution<float> noise(0, 0.05f);
    FeatureStore s;
    s.dims = 16;
    s.source = source;
    std::vector<float> x;
    for (const ImageRecord& im : ds.images) {
        for (int d = 0; d < s.dims; ++d)
            x.push_back((d == im.label ? 1.0f : 0.0f) + noise(gen));
        s.imageIds.push_back(im.id);
        s.splits.push_back(uint8_t(im.split));
    }
    s.values.resize(x.size());
    floatToHalf(x.data(), x.size(), s.values.data());
    return s;
}

// Every val image guessed as class 0 first.
std::shared_ptr<AnalysisResult> guessZero(const LoadedDataset& data, const QString& checkpoint) {
    PredictionSet p;
    for (const ImageRecord& im : data.dataset.images)
        if (im.split == Split::Val) p.rows.push_back({im.id, {0, 1, 2}, {0.6f, 0.3f, 0.1f}});
    auto r = AnalysisResult::compute(data, p, QStringLiteral("zero"));
    r->checkpoint = checkpoint;
    return r;
}

// Starts a job with @p start and waits for its end (the spy is listening before it starts).
template <class Start>
bool runToEnd(JobStatus* status, Start start) {
    QSignalSpy done(status, &JobStatus::finished);
    start();
    return done.count() > 0 || done.wait(120000);
}

}  // namespace

class TestFeatureMapView : public QObject {
    Q_OBJECT
    std::shared_ptr<const LoadedDataset> data_ =
        LoadedDataset::fromDataset(fixtures::taxonomyDataset(), {}, false);
    QTemporaryDir dir_;

  private slots:
    void joinsByIdAndRefusesForeignMaps() {
        const auto p = FeatureMapPoints::join(handMap(data_->dataset), *data_, "m.map.bin");
        QCOMPARE(p->count(), size_t(204));
        for (size_t i = 0; i < p->count(); ++i) {
            const ImageRecord& im = data_->dataset.images[size_t(p->images[i])];
            QCOMPARE(p->classes[i], im.label);
            QCOMPARE(p->x(i), float(10 * im.label) + 0.01f * float(p->images[i] % 50));
            QCOMPARE(p->pointOfImage(p->images[i]), int32_t(i));
        }
        QCOMPARE(p->bounds.minX, 0.0f);
        QCOMPARE(p->bounds.maxY, 1.0f);
        embed::FeatureMap foreign = handMap(data_->dataset);
        foreign.imageIds[5] = 99999;
        try {
            FeatureMapPoints::join(foreign, *data_, "other.map.bin");
            QFAIL("a map of another dataset was joined");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).startsWith("other.map.bin: train image 99999 is not in"),
                     e.what());
        }
        embed::FeatureMap nan = handMap(data_->dataset);
        nan.xy[3] = NAN;
        QVERIFY_THROWS_EXCEPTION(Error, FeatureMapPoints::join(nan, *data_, "nan.map.bin"));
    }

    void nearestIsTheBruteForceNearest() {
        const auto p = FeatureMapPoints::join(handMap(data_->dataset), *data_, "m");
        std::mt19937 gen(1);
        std::uniform_real_distribution<float> ux(-1, 52), uy(-0.3f, 1.2f);
        for (int q = 0; q < 300; ++q) {
            const float x = ux(gen), y = uy(gen), radius = 0.2f;
            float best = radius * radius;
            bool any = false;
            for (size_t i = 0; i < p->count(); ++i) {
                const float d = (p->x(i) - x) * (p->x(i) - x) + (p->y(i) - y) * (p->y(i) - y);
                if (d <= best) best = d, any = true;
            }
            const int32_t got = p->nearest(x, y, radius);
            QCOMPARE(got >= 0, any);
            if (got >= 0) {
                const float d = (p->x(size_t(got)) - x) * (p->x(size_t(got)) - x) +
                                (p->y(size_t(got)) - y) * (p->y(size_t(got)) - y);
                QCOMPARE(d, best);
            }
        }
    }

    void coloursCountWhatTheFixtureHolds() {
        const auto p = FeatureMapPoints::join(handMap(data_->dataset), *data_, "m");
        const PointColours split = colourPoints(*p, *data_, nullptr, MapColouring::Split);
        QCOMPARE(split.counts[0], int64_t(187));
        QCOMPARE(split.counts[1], int64_t(17));
        // Insecta: 40+3 + 3+3 + 12+3; Aves: 100+3 + 7+2; Plantae: 25+3.
        const PointColours super = colourPoints(*p, *data_, nullptr, MapColouring::Supercategory);
        std::map<QString, int64_t> bySuper;
        for (size_t i = 0; i < super.palette.size(); ++i)
            bySuper[super.names[int(i)]] += super.counts[i];
        QCOMPARE(bySuper["Insecta"], int64_t(64));
        QCOMPARE(bySuper["Aves"], int64_t(112));
        QCOMPARE(bySuper["Plantae"], int64_t(28));
        // Buckets [2,5) [5,10) [10,20) [20,50) [50,100) [100,200): classes 1; 4; 2; 0 and 5; -;
        // 3, with their train and val images.
        const PointColours bucket = colourPoints(*p, *data_, nullptr, MapColouring::Bucket);
        const std::vector<int64_t> perBucket = {6, 9, 15, 43 + 28, 0, 103, 0, 0, 0};
        QCOMPARE(bucket.counts, perBucket);
        // Class 0 first for every val image: its 3 val images right, 14 wrong, train unpredicted.
        const auto result = guessZero(*data_, {});
        const PointColours right =
            colourPoints(*p, *data_, result.get(), MapColouring::Correctness);
        QCOMPARE(right.counts, (std::vector<int64_t>{3, 14, 187}));
    }

    void pointsLandWhereTheViewPutsThem() {
        FeatureMapPoints p;
        p.xy = {2, 3, -4.5f, 0};
        p.images = {0, 1};
        p.classes = {0, 1};
        p.splits = {0, 1};
        PointColours c{{0, 1}, {qRgb(255, 0, 0), qRgb(0, 0, 255)}, {"a", "b"}, {1, 1}};
        MapView v{0, 0, 1, QSize(10, 10)};
        QImage image;
        rasterise(image, p, c, v, 1);
        // x: 2 + 10/2 = 7, y: 10/2 - 3 = 2; x: -4.5 + 5 = 0.5 -> 0, y: 5 - 0 = 5.
        QCOMPARE(image.pixel(7, 2), qRgb(255, 0, 0));
        QCOMPARE(image.pixel(0, 5), qRgb(0, 0, 255));
        int coloured = 0;
        for (int y = 0; y < 10; ++y)
            for (int x = 0; x < 10; ++x)
                coloured += image.pixel(x, y) != image.pixel(9, 9);
        QCOMPARE(coloured, 2);
        // Highlighting the second: the first fades, the second grows to 3 x 3.
        rasterise(image, p, c, v, 1, {1});
        QVERIFY(image.pixel(7, 2) != qRgb(255, 0, 0));
        QCOMPARE(image.pixel(1, 6), qRgb(0, 0, 255));
        QCOMPARE(image.pixel(0, 4), qRgb(0, 0, 255));
    }

    void shapesSelectWhatIsDrawnInside() {
        const auto p = FeatureMapPoints::join(handMap(data_->dataset), *data_, "m");
        const MapView v = MapView::fit(p->bounds, QSize(800, 600));
        // A rectangle around the first two classes' columns (x up to about 10.5).
        const QPointF a = v.toScreen(-1, 2), b = v.toScreen(15, -1);
        const QPolygonF shape(QRectF(a, b));
        const std::vector<int32_t> got = pointsInside(*p, v, shape);
        std::vector<int32_t> want;
        for (size_t i = 0; i < p->count(); ++i) {
            const QPointF s = v.toScreen(p->x(i), p->y(i));
            if (std::floor(s.x()) >= a.x() && std::floor(s.x()) < b.x()) want.push_back(int32_t(i));
        }
        QCOMPARE(got, want);
        QCOMPARE(int(got.size()), 43 + 6);
    }

    void computesSavesReadsAndHighlights() {
        const QString run = dir_.filePath("run");
        QVERIFY(QDir().mkpath(run + "/checkpoints"));
        const QString checkpoint = run + "/checkpoints/best.pt";
        QFile f(checkpoint);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(QDir().mkpath(run + "/predictions"));
        writeFeatureStore(classStore(data_->dataset, archiveFingerprint(checkpoint.toStdString())),
                          (run + "/predictions/features.bin").toStdString());
        const auto result = guessZero(*data_, checkpoint);

        FeatureMapView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(!FeatureMapJob::mapCurrent(checkpoint));
        view.setResult(data_, result);
        QVERIFY(!view.points());
        QVERIFY(runToEnd(view.status(), [&] { QVERIFY(view.computeMap()); }));
        QVERIFY2(view.points(), qPrintable(view.status()->text()));
        QCOMPARE(view.points()->count(), size_t(204));
        QVERIFY(QFile::exists(run + "/predictions/features.map.bin"));
        QVERIFY(FeatureMapJob::mapCurrent(checkpoint));
        // Six directions, six clouds: each point's nearest other point is of its own class.
        const auto& p = *view.points();
        int same = 0;
        for (size_t i = 0; i < p.count(); ++i) {
            size_t best = i;
            float bestD = INFINITY;
            for (size_t j = 0; j < p.count(); ++j) {
                const float d = std::hypot(p.x(i) - p.x(j), p.y(i) - p.y(j));
                if (j != i && d < bestD) bestD = d, best = j;
            }
            same += p.classes[best] == p.classes[i];
        }
        QVERIFY2(same >= 200, qPrintable(QString::number(same)));

        // The next time the run is analysed, its saved map is read, the same points.
        FeatureMapView again;
        again.resize(1000, 700);
        again.show();
        QVERIFY(runToEnd(again.status(), [&] { again.setResult(data_, result); }));
        QVERIFY(again.points());
        QCOMPARE(again.points()->xy, p.xy);

        view.highlightClasses({3}, "Parus major");
        QCOMPARE(view.canvas()->highlighted().size(), size_t(103));

        // A lasso around the whole canvas lists every image.
        const QRectF all(QPointF(-5, -5), QSizeF(view.canvas()->size()) + QSizeF(10, 10));
        view.canvas()->selectInside(QPolygonF(all));
        QCOMPARE(view.selection()->count(), 204);

        // Clicking a point shows its photo's species and the prediction.
        const size_t k = p.pointOfImage(190);  // a val image of class 1, guessed class 0
        const QPointF at =
            view.canvas()->view().toScreen(p.x(k), p.y(k)) / view.canvas()->devicePixelRatioF();
        const int32_t under = view.canvas()->pointAt(at.toPoint());
        QVERIFY(under >= 0 && p.classes[size_t(under)] == 1 && p.splits[size_t(under)] == 1);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(view.previewImage(), p.images[size_t(under)]);
        QVERIFY(view.previewCaption().contains("Predicted wrong"));
    }

    void panningMovesTheViewByTheDrag() {
        const QString run = dir_.filePath("run");
        FeatureMapView view;
        view.resize(900, 600);
        view.show();
        view.setResult(data_, nullptr);
        QVERIFY(runToEnd(view.status(),
                         [&] { QVERIFY(view.openMap(run + "/predictions/features.map.bin")); }));
        FeatureMapCanvas* c = view.canvas();
        const MapView before = c->view();
        const QPoint from(300, 300), to(340, 280);
        QTest::mousePress(c, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, c->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(c, &move);
        QTest::mouseRelease(c, Qt::LeftButton, {}, to);
        const double dpr = c->devicePixelRatioF();
        QCOMPARE(c->view().cx, before.cx - 40 * dpr * before.scale);
        QCOMPARE(c->view().cy, before.cy - 20 * dpr * before.scale);
    }

    void aForeignMapIsOneLine() {
        embed::FeatureMap m = handMap(data_->dataset);
        m.imageIds[0] = -42;
        const QString path = dir_.filePath("foreign.map.bin");
        embed::writeFeatureMap(m, path.toStdString());
        FeatureMapView view;
        view.setResult(data_, guessZero(*data_, {}));
        QVERIFY(runToEnd(view.status(), [&] { QVERIFY(view.openMap(path)); }));
        QVERIFY(!view.points());
        const QString text = view.status()->text();
        QVERIFY2(text.contains("foreign.map.bin") && text.contains("not in this dataset") &&
                     !text.contains('\n'),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestFeatureMapView)
#include "test_featuremapview.moc"
