// Dataset explorer benchmark (issue 3), offscreen, on a dataset folder (the full-scale set):
//  1. start-up: process start -> main window shown with train and val loaded and the taxonomy
//     tree populated and painted (interactive), and -> the test split and all checks in
//     (complete); the peer is loading alone (LoadedDataset::loadWithoutTest) in the same
//     process, so the ratio is what the program and its window add on top of loading;
//  2. a search keystroke: the time from setting the search text to the tree re-filtered,
//     expanded, laid out and painted, median over 20 different strings; the peer is a stock
//     QSortFilterProxyModel (recursive, case-insensitive fixed string) over the same model in
//     an identical tree view treated the same way;
//  3. where thumbnails were decoded (never on the GUI thread).
// Usage: bench_explorer DATASET_DIR

#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QThread>
#include <QTreeView>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "MainWindow.h"
#include "models/TaxonomyFilterProxy.h"
#include "models/TaxonomyModel.h"
#include "views/dataset/SpeciesPanel.h"
#include "views/dataset/TaxonomyPanel.h"
#include "workers/ThumbnailLoader.h"

namespace {

// Seconds since this process was started by the kernel (10 ms resolution), so that start-up
// includes loading the program and its libraries, not only what main() does.
double secondsSinceExec() {
    std::ifstream statFile("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), {});
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string skip;
    for (int i = 3; i < 22; ++i)
        fields >> skip;
    unsigned long long startTicks = 0;
    fields >> startTicks;
    double uptime = 0;
    std::ifstream("/proc/uptime") >> uptime;
    return uptime - double(startTicks) / double(sysconf(_SC_CLK_TCK));
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Twenty search strings drawn from the dataset's own names, of 1 to 8 characters, plus a few
// common fragments and one that matches nothing.
QStringList searchStrings(const LoadedDataset& data) {
    QStringList out = {"a", "e", "ar", "idae", "zzzq"};
    const auto& tax = data.taxonomy;
    for (int i = 0; out.size() < 20; ++i) {
        const auto& name = tax.node(tax.speciesNode((i * 397 + 11) % tax.classCount())).name;
        const int len = 2 + i % 7;
        const int from = (i * 5) % std::max<int>(1, int(name.size()) - len);
        out << QString::fromStdString(name.substr(size_t(from), size_t(len))).toLower();
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const double execToMain = secondsSinceExec();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_explorer DATASET_DIR\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out of it
    QApplication::setOrganizationName(QStringLiteral("TaxaWorkbenchBench"));
    QSettings().clear();
    const QString folder = QString::fromLocal8Bit(argv[1]);

    // 1. Start-up, as `taxa DIR` does it.
    const double appReady = secondsSinceExec();
    MainWindow window;
    window.show();
    const double windowShown = secondsSinceExec();
    double loaded = 0;
    bool opened = false, complete = false;
    double startup = 0;
    QTreeView* tree = window.taxonomyPanel()->view();
    QObject::connect(&window, &MainWindow::datasetOpened, [&] {
        opened = true;
        loaded = secondsSinceExec();
        QCoreApplication::processEvents();  // the tree's delayed layout and the first paint
        startup = secondsSinceExec();
    });
    // A real event loop, as in the app: processEvents() with a time limit would spin and take
    // a core from the loader.
    QEventLoop untilComplete;
    QObject::connect(&window, &MainWindow::datasetCompleted, [&] {
        complete = true;
        untilComplete.quit();
    });
    window.openDataset(folder);
    if (!complete) untilComplete.exec();
    const double completeAt = secondsSinceExec();
    if (!opened || !window.dataset() || tree->model()->rowCount() == 0) {
        std::fprintf(stderr, "bench_explorer: %s did not open\n", argv[1]);
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    const auto peer =
        LoadedDataset::loadWithoutTest(taxa::findDatasetFiles(folder.toStdString()), {});
    const double loadOnly = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const auto peerFull = LoadedDataset::load(folder.toStdString(), {});
    const double loadFull = clock.nsecsElapsed() / 1e9;

    // 2. Keystrokes through the panel's search box: filter, expand, lay out, paint.
    const auto& data = *window.dataset();
    const QStringList strings = searchStrings(data);
    QLineEdit* search = window.taxonomyPanel()->searchBox();
    std::vector<double> keystroke, ours, stock;
    std::vector<int> shown;
    for (const QString& s : strings) {
        clock.restart();
        search->setText(s);
        QCoreApplication::processEvents();
        tree->viewport()->repaint();
        keystroke.push_back(clock.nsecsElapsed() / 1e6);
        shown.push_back(window.taxonomyPanel()->proxy()->visibleSpecies());
    }
    // The same in the supercategory -> species shape, where thousands of species share a parent.
    search->clear();
    window.taxonomyPanel()->setFlat(true);
    std::vector<double> flat;
    for (const QString& s : strings) {
        clock.restart();
        search->setText(s);
        QCoreApplication::processEvents();
        tree->viewport()->repaint();
        flat.push_back(clock.nsecsElapsed() / 1e6);
    }
    window.taxonomyPanel()->setFlat(false);
    search->clear();
    // The peer: a stock recursive filter in the same kind of view, expanded the same way.
    TaxonomyModel model;
    model.setDataset(window.dataset());
    QSortFilterProxyModel stockProxy;
    stockProxy.setSourceModel(&model);
    stockProxy.setRecursiveFilteringEnabled(true);
    stockProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stockProxy.setFilterKeyColumn(TaxonomyModel::Name);
    QTreeView stockView;
    stockView.setUniformRowHeights(true);
    stockView.setModel(&stockProxy);
    stockView.resize(tree->size());
    stockView.show();
    for (size_t i = 0; i < size_t(strings.size()); ++i) {
        clock.restart();
        stockProxy.setFilterFixedString(strings[int(i)]);
        if (shown[i] <= 250) {
            stockView.expandAll();
        } else {
            stockView.collapseAll();
            stockView.expandToDepth(0);
        }
        QCoreApplication::processEvents();
        stockView.viewport()->repaint();
        stock.push_back(clock.nsecsElapsed() / 1e6);
    }
    // Our proxy alone, without a view.
    TaxonomyFilterProxy proxy;
    proxy.setSourceModel(&model);
    for (const QString& s : strings) {
        TaxonFilterCriteria c;
        c.needle = s.toStdString();
        clock.restart();
        proxy.setCriteria(c);
        proxy.rowCount();
        ours.push_back(clock.nsecsElapsed() / 1e6);
    }

    // 3. Open a species: its thumbnails are requested, and decoded (or found missing) on the
    // loader's threads.
    window.taxonomyPanel()->selectTaxon(data.taxonomy.speciesNode(0));
    ThumbnailLoader* loader = window.speciesPanel()->loader();
    QElapsedTimer wait;
    wait.start();
    while (loader->decodedCount() == 0 && wait.elapsed() < 5000) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    const bool guiDecoded = loader->decodeThreads().contains(QThread::currentThreadId());

    std::printf("dataset            %s (%d species, %zu images)\n", argv[1],
                data.taxonomy.classCount(), data.dataset.images.size());
    std::printf(
        "start-up           %.3f s exec -> interactive window, tree painted (target "
        "<= 1.5 s)\n",
        startup);
    std::printf("  exec -> main     %.3f s (loading the program and its libraries)\n", execToMain);
    std::printf(
        "  steps            QApplication %.3f s, window shown %.3f s, train + val loaded "
        "%.3f s\n",
        appReady, windowShown, loaded);
    std::printf("  peer             %.3f s loading train + val alone, same process, warm\n",
                loadOnly);
    std::printf("  ratio            %.2fx (start-up / peer)\n", startup / loadOnly);
    std::printf(
        "  complete         %.3f s exec -> test split and all checks in (full load "
        "alone %.3f s)\n",
        completeAt, loadFull);
    std::printf(
        "keystroke          median %.1f ms, max %.1f ms over %d strings (target <= 30 "
        "ms)\n",
        median(keystroke), *std::max_element(keystroke.begin(), keystroke.end()),
        int(keystroke.size()));
    std::printf("  flat shape       median %.1f ms, max %.1f ms (supercategory -> species)\n",
                median(flat), *std::max_element(flat.begin(), flat.end()));
    std::printf(
        "  peer             median %.1f ms, max %.1f ms: stock recursive proxy, same "
        "view (%.1fx ours)\n",
        median(stock), *std::max_element(stock.begin(), stock.end()),
        median(stock) / median(keystroke));
    std::printf("  our proxy alone  median %.2f ms\n", median(ours));
    std::printf("  species shown    ");
    for (size_t i = 0; i < shown.size(); ++i)
        std::printf("%s%s=%d", i ? ", " : "", qPrintable(strings[int(i)]), shown[i]);
    std::printf("\nthumbnails         %d decoded, on the GUI thread: %s\n", loader->decodedCount(),
                guiDecoded ? "YES" : "never");
    return guiDecoded ? 1 : 0;
}
