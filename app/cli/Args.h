#pragma once
// A small command-line parser: `--name value` options and `--flag` switches, with one-line
// errors for unknown or malformed options.

#include <map>
#include <set>
#include <string>
#include <vector>

namespace taxa::cli {

class Args {
  public:
    /// Parses argv[first..]; @p valued lists options that take a value, @p flags switches.
    Args(int argc, char** argv, int first, const std::set<std::string>& valued,
         const std::set<std::string>& flags);

    bool has(const std::string& name) const { return values_.count(name) || flags_.count(name); }
    std::string get(const std::string& name, const std::string& fallback = {}) const;
    std::string required(const std::string& name) const;
    /// Every value of an option given more than once (e.g. --checkpoint A --checkpoint B).
    std::vector<std::string> all(const std::string& name) const;
    int64_t getInt(const std::string& name, int64_t fallback, int64_t lo, int64_t hi) const;
    uint64_t getSeed(const std::string& name, uint64_t fallback) const;
    double getDouble(const std::string& name, double fallback) const;
    /// Comma-separated numbers (e.g. --weights 1,0.5); empty when the option is absent.
    std::vector<double> getNumbers(const std::string& name) const;

  private:
    /// The value (the last one when given more than once), or nullptr.
    const std::string* value(const std::string& name) const;

    std::map<std::string, std::vector<std::string>> values_;  ///< Every value, in order.
    std::set<std::string> flags_;
};

}  // namespace taxa::cli
