#include "engine/Engine.h"

#include <dlfcn.h>
#include <elf.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <new>

namespace taxa::engine {

namespace {

constexpr const char* kModuleName = "libtaxa_engine.so";

struct Loaded {
    std::mutex mutex;
    Api* api = nullptr;
    std::string path;
};

Loaded& state() {
    static Loaded s;
    return s;
}

std::string programDir() {
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return ".";
    std::string exe(buf, static_cast<size_t>(n));
    const auto slash = exe.rfind('/');
    return slash == std::string::npos ? "." : exe.substr(0, slash);
}

bool exists(const std::string& path) {
    return ::access(path.c_str(), F_OK) == 0;
}

// dlerror() can span lines (a missing CUDA library names its dependant too); keep the first.
std::string firstLine(const char* text) {
    std::string s = text ? text : "unknown error";
    const auto nl = s.find('\n');
    return nl == std::string::npos ? s : s.substr(0, nl);
}

std::string describe(const AbiStamp& s) {
    return "interface " + std::to_string(s.interfaceVersion) + ", C++11 string ABI " +
           std::to_string(s.cxx11Abi);
}

// Refuses a module compiled from another version of EngineApi.h, or with another std::string
// layout (a pip LibTorch built with the pre-C++11 ABI, say): calling it would corrupt memory.
void checkStamp(const std::string& path, const AbiStamp& theirs) {
    const AbiStamp ours = currentAbiStamp();
    bool same =
        theirs.interfaceVersion == ours.interfaceVersion && theirs.cxx11Abi == ours.cxx11Abi;
    for (int i = 0; i < AbiStamp::kSizes && same; ++i)
        same = theirs.sizes[i] == ours.sizes[i];
    if (!same)
        throw Unavailable(path + " was built for another program version (" + describe(theirs) +
                          "; this program has " + describe(ours) +
                          "): rebuild the engine from the same sources");
}

Api* open(const std::string& path) {
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) throw Unavailable("the ML engine could not be loaded: " + firstLine(::dlerror()));
    auto abi = reinterpret_cast<TaxaEngineAbiFn>(::dlsym(handle, TAXA_ENGINE_ABI_SYMBOL));
    auto create = reinterpret_cast<TaxaEngineCreateFn>(::dlsym(handle, TAXA_ENGINE_CREATE_SYMBOL));
    if (!abi || !create) throw Unavailable(path + " is not a Taxa Workbench engine module");
    AbiStamp stamp;
    abi(&stamp);
    checkStamp(path, stamp);
    // The module stays loaded until exit: LibTorch does not support being unloaded.
    return create();
}

// The contents of the section named @p section of the 64-bit ELF file @p path, or throws.
std::string elfSection(const std::string& path, const char* section) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw Unavailable(path + " cannot be read");
    Elf64_Ehdr eh{};
    if (!f.read(reinterpret_cast<char*>(&eh), sizeof eh) ||
        std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
        eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shstrndx >= eh.e_shnum)
        throw Unavailable(path + " is not a 64-bit ELF library");
    std::vector<Elf64_Shdr> sections(eh.e_shnum);
    f.seekg(static_cast<std::streamoff>(eh.e_shoff));
    f.read(reinterpret_cast<char*>(sections.data()),
           static_cast<std::streamsize>(sections.size() * sizeof(Elf64_Shdr)));
    if (!f) throw Unavailable(path + " is a truncated ELF file");
    auto read = [&](const Elf64_Shdr& s) {
        // Section names and the build record are small; a huge size means a damaged file.
        if (s.sh_size > (1u << 24)) throw Unavailable(path + " has a damaged section table");
        std::string data(s.sh_size, '\0');
        f.seekg(static_cast<std::streamoff>(s.sh_offset));
        if (!f.read(data.data(), static_cast<std::streamsize>(data.size())))
            throw Unavailable(path + " is a truncated ELF file");
        return data;
    };
    const std::string names = read(sections[eh.e_shstrndx]);
    for (const Elf64_Shdr& s : sections)
        if (s.sh_name < names.size() && std::strcmp(names.c_str() + s.sh_name, section) == 0)
            return read(s);
    throw Unavailable(path + " records no build (not an engine module, or an older one)");
}

}  // namespace

std::string modulePath() {
    for (const std::string& path : searchPaths())
        if (exists(path)) return path;
    return {};
}

std::string describeBuild(const std::string& path) {
    std::string record = elfSection(path, TAXA_ENGINE_BUILD_SECTION);
    record.resize(std::strlen(record.c_str()));  // the C string's terminator and any padding
    std::map<std::string, std::string> fields;
    size_t start = 0;
    while (start < record.size()) {
        size_t end = record.find(';', start);
        if (end == std::string::npos) end = record.size();
        const std::string field = record.substr(start, end - start);
        if (const auto eq = field.find('='); eq != std::string::npos)
            fields[field.substr(0, eq)] = field.substr(eq + 1);
        start = end + 1;
    }
    if (!fields.count("libtorch")) throw Unavailable(path + " has a damaged build record");
    std::string text = "LibTorch " + fields["libtorch"];
    if (fields.count("cuda")) {
        // CUDART_VERSION: 1000 x major + 10 x minor.
        const long v = std::strtol(fields["cuda"].c_str(), nullptr, 10);
        text += ", CUDA " + std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10);
    } else {
        text += ", CPU only";
    }
    if (fields.count("nccl")) text += ", NCCL " + fields["nccl"];
    return text;
}

std::vector<std::string> searchPaths() {
    if (const char* env = std::getenv("TAXA_ENGINE"); env && *env) return {env};
    const std::string dir = programDir();
    std::vector<std::string> paths{dir + "/" + kModuleName,
                                   dir + "/../lib/taxa-workbench/" + kModuleName};
#ifdef TAXA_ENGINE_BUILD_PATH
    paths.push_back(TAXA_ENGINE_BUILD_PATH);
#endif
    return paths;
}

Api& get() {
    Loaded& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.api) return *s.api;
    const std::vector<std::string> paths = searchPaths();
    for (const std::string& path : paths) {
        if (!exists(path)) continue;
        s.api = open(path);
        s.path = path;
        return *s.api;
    }
    throw Unavailable(
        "the ML engine (" + std::string(kModuleName) + ") is not installed: looked in " +
        paths.front() +
        (paths.size() > 1 ? " and " + std::to_string(paths.size() - 1) + " other places" : "") +
        "; training and prediction need it");
}

bool loaded() {
    Loaded& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    return s.api != nullptr;
}

std::string loadedPath() {
    Loaded& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    return s.path;
}

void check(const Status& status) {
    switch (status.kind) {
        case Status::Kind::Ok:
            return;
        case Status::Kind::Cancelled:
            throw Cancelled{};
        case Status::Kind::OutOfMemory:
            throw Error("out of memory: " + status.message);
        case Status::Kind::Error:
            break;
    }
    throw Error(status.message);
}

Training Training::start(const Dataset& ds, const Taxonomy& tax, const TrainConfig& config,
                         const std::string& runDir, const DistEnv& dist) {
    std::unique_ptr<TrainRun> run;
    check(get().startRun(ds, tax, config, runDir, dist, run));
    return Training(std::move(run));
}

Training Training::resume(const Dataset& ds, const Taxonomy& tax, const std::string& runDir,
                          const DistEnv& dist) {
    std::unique_ptr<TrainRun> run;
    check(get().resumeRun(ds, tax, runDir, dist, run));
    return Training(std::move(run));
}

TrainResult Training::run(const TrainCallbacks& callbacks) {
    TrainResult result;
    check(run_->run(callbacks, result));
    return result;
}

PredictionSet predict(const Dataset& ds, Split split, const PredictOptions& options,
                      const ProgressFn& progress, PredictStats* stats) {
    PredictionSet out;
    PredictStats s;
    check(get().predict(ds, split, options, progress, out, s));
    if (stats) *stats = s;
    return out;
}

geo::GeoFile trainGeoPrior(const Dataset& ds, const geo::GeoTrainOptions& options,
                           const geo::GeoTrainCallbacks& callbacks) {
    geo::GeoFile out;
    check(get().trainGeoPrior(ds, options, callbacks, out));
    return out;
}

SaliencyMap saliency(const Dataset& ds, const SaliencyRequest& request) {
    SaliencyMap out;
    check(get().saliency(ds, request, out));
    return out;
}

FeatureStore features(const Dataset& ds, const FeatureOptions& options,
                      const ProgressFn& progress) {
    FeatureStore out;
    check(get().features(ds, options, progress, out));
    return out;
}

}  // namespace taxa::engine
