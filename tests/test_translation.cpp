// The UI under a German locale: the compiled-in translation loads and the main window speaks
// German; Simplified Chinese loads too, and an unknown locale falls back to English.

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include "MainWindow.h"
#include "Translations.h"

class TestTranslation : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("TaxaWorkbenchTest");
    }

    void germanMainWindow() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        MainWindow w;
        QStringList menus;
        for (QAction* a : w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains("&Datei"), qPrintable(menus.join(", ")));
        QStringList tabs;
        for (auto* t : w.findChildren<QTabWidget*>())
            for (int i = 0; i < t->count(); ++i)
                tabs << t->tabText(i);
        QVERIFY2(tabs.contains(QString::fromUtf8("Übersicht")), qPrintable(tabs.join(", ")));
    }

    // Strings of every wave are in the catalogue, including the map legend's, which is built
    // outside a QObject (QT_TRANSLATE_NOOP) where lupdate once could not see it.
    void laterStringsAreTranslatedToo() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("TrainConfigForm", "Pr&ocesses:"),
                 QString("Pr&ozesse:"));
        QCOMPARE(QCoreApplication::translate("PairRanges", "%1 training"), QString("%1 Training"));
        // Issue 22's tabs and the plural of the near-duplicate finding.
        QCOMPARE(QCoreApplication::translate("AnalysisPanel", "Feature map"),
                 QString("Merkmalskarte"));
        QCOMPARE(QCoreApplication::translate("SummaryPanel",
                                             "near-duplicates: %Ln pair(s) across splits at "
                                             "cosine >= %1 (features: %2)",
                                             nullptr, 1),
                 QString::fromUtf8("Beinahe-Duplikate: 1 Paar über Aufteilungen hinweg bei "
                                   "Kosinus >= %1 (Merkmale: %2)"));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(QCoreApplication::translate("AnalysisPanel", "Precision-recall"),
                 QString::fromUtf8("精确率-召回率"));
        QCOMPARE(QCoreApplication::translate("PairRanges", "%1 training"),
                 QString::fromUtf8("%1 训练"));
    }

    void chineseLoadsAndEnglishIsTheFallback() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QString::fromUtf8("文件(&F)"));
        QVERIFY(!installTranslations(*qApp, QLocale(QLocale::Swahili, QLocale::Kenya)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QString("&File"));
    }
};

QTEST_MAIN(TestTranslation)
#include "test_translation.moc"
