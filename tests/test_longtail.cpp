// The long-tail plots on the fixture: sorting, colours by supercategory, hover, click, buckets.

#include <QSignalSpy>
#include <QToolTip>
#include <QtTest>

#include "TaxonomyFixture.h"
#include "views/common/BucketPlot.h"
#include "views/dataset/LongTailPanel.h"
#include "views/dataset/LongTailPlot.h"

class TestLongTail : public QObject {
    Q_OBJECT

  private slots:
    void buildsWhenShown() {
        LongTailPanel panel;
        panel.setDataset(fixtures::taxonomyFixture());
        QCOMPARE(panel.curve()->graphCount(), 0);  // nothing drawn while hidden
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The curve, one graph per supercategory, the highlight marker.
        QCOMPARE(panel.curve()->graphCount(), 5);
        QCOMPARE(panel.curve()->legend->itemCount(), 3);
        QCOMPARE(panel.buckets()->plottableCount(), 3);
    }

    void speciesSortedAndColouredBySupercategory() {
        LongTailPlot plot;
        plot.setDataset(fixtures::taxonomyFixture());
        plot.resize(800, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        // Most training images first: Parus major 100, C. septempunctata 40, Q. robur 25,
        // A. bipunctata 12, C. caeruleus 7, C. bipunctata 3. Graph 2 is Aves (second most
        // species): ranks 1 and 5.
        QCPGraph* aves = plot.graph(2);
        QCOMPARE(aves->name(), QString("Aves"));
        QCOMPARE(aves->dataCount(), 2);
        QCOMPARE(aves->data()->at(0)->key, 1.0);
        QCOMPARE(aves->data()->at(0)->value, 100.0);
        QCOMPARE(aves->data()->at(1)->key, 5.0);
        QCOMPARE(aves->data()->at(1)->value, 7.0);
        QCOMPARE(plot.yAxis->scaleType(), QCPAxis::stLogarithmic);
        for (int c = 0; c < 6; ++c)
            QCOMPARE(plot.speciesAt(plot.pointOf(c).toPoint()), c);
        QCOMPARE(plot.speciesAt(QPoint(1, 1)), -1);  // outside the axes
        // The dataset holds that order once, with its inverse (the species view's rank).
        const auto data = fixtures::taxonomyFixture();
        QCOMPARE(data->byTrainImages.size(), size_t(6));
        for (int32_t r = 0; r < 6; ++r) {
            const int32_t c = data->byTrainImages[size_t(r)];
            QCOMPARE(data->trainRank[size_t(c)], r);
            QCOMPARE(plot.pointOf(c).x(), plot.xAxis->coordToPixel(r + 1));
            if (r > 0)
                QVERIFY(data->trainCounts[size_t(data->byTrainImages[size_t(r - 1)])] >=
                        data->trainCounts[size_t(c)]);
        }
    }

    void hoverNamesAndClickSelects() {
        LongTailPlot plot;
        plot.setDataset(fixtures::taxonomyFixture());
        plot.resize(800, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QSignalSpy clicked(&plot, &LongTailPlot::speciesClicked);
        QSignalSpy activated(&plot, &LongTailPlot::speciesActivated);
        const QPoint adalia = plot.pointOf(2).toPoint();
        QTest::mouseMove(&plot, adalia);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains("Adalia bipunctata"), qPrintable(QToolTip::text()));
        QTest::mouseClick(&plot, Qt::LeftButton, {}, adalia);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 2);
        QTest::mouseDClick(&plot, Qt::LeftButton, {}, adalia);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 2);

        plot.highlightSpecies(3);  // Parus major, first
        QCPGraph* marker = plot.graph(plot.graphCount() - 1);
        QCOMPARE(marker->dataCount(), 1);
        QCOMPARE(marker->data()->at(0)->key, 1.0);
        plot.highlightSpecies(-1);
        QCOMPARE(marker->dataCount(), 0);
    }

    void bucketsCountSpecies() {
        BucketPlot plot;
        plot.setDataset(fixtures::taxonomyFixture());
        plot.resize(800, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        // Buckets 2-4, 5-9, 10-19, 20-49, 50-99, 100-199, 200-499, 500-1000.
        const QList<qint64> expected = {1, 1, 1, 2, 0, 1, 0, 0};
        QCOMPARE(plot.bucketCount(), expected.size());
        for (int b = 0; b < plot.bucketCount(); ++b)
            QCOMPARE(plot.speciesIn(b), expected[b]);
        QSignalSpy clicked(&plot, &BucketPlot::bucketClicked);
        const QPoint bar(int(plot.xAxis->coordToPixel(4)), int(plot.yAxis->coordToPixel(1)));
        QCOMPARE(plot.bucketAt(bar), 3);
        QTest::mouseClick(&plot, Qt::LeftButton, {}, bar);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toLongLong(), 20);
        QCOMPARE(clicked.at(0).at(1).toLongLong(), 49);
    }
};

QTEST_MAIN(TestLongTail)
#include "test_longtail.moc"
