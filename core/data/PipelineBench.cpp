#include "data/PipelineBench.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <opencv2/core.hpp>
#include <thread>

#include "image/ImageError.h"
#include "image/ImageFile.h"
#include "util/Error.h"

namespace taxa {

namespace fs = std::filesystem;

std::vector<std::string> listImages(const std::string& folder) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw Error(folder + ": not a folder");
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        std::string ext = it->path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (ext == ".jpg" || ext == ".jpeg" || ext == ".png") out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    if (out.empty()) throw Error(folder + ": no .jpg, .jpeg or .png images");
    return out;
}

namespace {

// Runs fn(fileIndex, bytes) over all files and passes on `threads` threads; returns the
// seconds until the last worker finished.
template <class Fn>
double runParallel(const std::vector<std::string>& files, int threads, int passes, Fn fn,
                   const ProgressFn& progress, const std::string& stage) {
    using Clock = std::chrono::steady_clock;
    std::atomic<int64_t> next{0}, done{0};
    const int64_t total = static_cast<int64_t>(files.size()) * passes;
    const auto t0 = Clock::now();
    std::vector<Clock::time_point> finished(static_cast<size_t>(threads), t0);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            std::vector<uint8_t> bytes;
            for (int64_t i; (i = next++) < total;) {
                const size_t f = static_cast<size_t>(i % static_cast<int64_t>(files.size()));
                try {
                    readImageFile(files[f], bytes);
                } catch (const ImageError&) {
                    bytes.clear();  // unreadable: the transform refuses it and counts it bad
                }
                fn(f, bytes);
                ++done;
            }
            finished[static_cast<size_t>(t)] = Clock::now();
        });
    }
    // Progress from this thread, so a callback never runs on a worker; a cancel stops the
    // workers at their next file.
    try {
        while (done < total) {
            reportOrCancel(progress, stage, done, total);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    } catch (...) {
        next = total;
        for (auto& t : pool)
            t.join();
        throw;
    }
    for (auto& t : pool)
        t.join();
    const auto last = *std::max_element(finished.begin(), finished.end());
    return std::chrono::duration<double>(last - t0).count();
}

}  // namespace

PipelineBenchResult benchPipeline(const std::vector<std::string>& files, int threads, int passes,
                                  const TransformConfig& cfg, const ProgressFn& progress) {
    cv::setNumThreads(0);  // one thread each: OpenCV must not parallelise behind our back
    PipelineBenchResult r;
    r.threads = std::max(1, threads);
    r.images = static_cast<int64_t>(files.size());
    passes = std::max(1, passes);
    const int64_t total = r.images * passes;
    std::vector<int> trainScale(files.size(), 8), evalScale(files.size(), 8);
    std::atomic<int64_t> bad{0};

    auto timed = [&](const char* stage, auto fn) {
        return runParallel(files, r.threads, passes, fn, progress, stage);
    };
    double secs = timed("Train transform", [&](size_t f, const std::vector<uint8_t>& b) {
        thread_local std::vector<float> out;
        out.resize(cfg.outputSize());
        Rng rng(f * 7919 + 1);
        try {
            trainTransform(b.data(), b.size(), cfg, rng, out.data(), &trainScale[f]);
        } catch (const ImageError&) {
            ++bad;
        }
    });
    r.train.imagesPerSecond = total / secs;
    secs = timed("Eval transform", [&](size_t f, const std::vector<uint8_t>& b) {
        thread_local std::vector<float> out;
        out.resize(cfg.outputSize());
        try {
            evalTransform(b.data(), b.size(), cfg, out.data(), &evalScale[f]);
        } catch (const ImageError&) {
        }
    });
    r.eval.imagesPerSecond = total / secs;
    // The floors decode whole images at the scale each transform picked for that file (for the
    // train transform, its last pass's random crop).
    for (auto [rate, scales] : {std::pair{&r.train, &trainScale}, std::pair{&r.eval, &evalScale}}) {
        for (int s : *scales)
            ++rate->scales[s];
        const std::vector<int>& use = *scales;
        secs = timed("Decode floor", [&](size_t f, const std::vector<uint8_t>& b) {
            try {
                decodeWhole(b.data(), b.size(), use[f], cfg.maxPixels);
            } catch (const ImageError&) {
            }
        });
        rate->floorPerSecond = total / secs;
    }
    r.bad = bad / passes;
    return r;
}

}  // namespace taxa
