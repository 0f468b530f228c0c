#pragma once
// Waiting for signals emitted on another thread. A QSignalSpy on a worker records in the
// emitting thread, so a signal can arrive before QSignalSpy::wait() starts and wait() then waits
// for the next one; waiting for the count to grow past a known value cannot miss it.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace fixtures {

inline bool grows(QSignalSpy& spy, int before, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (spy.size() <= before && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return spy.size() > before;
}

}  // namespace fixtures
