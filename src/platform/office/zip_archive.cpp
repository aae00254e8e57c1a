#include "platform/office/zip_archive.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace metodset::office::detail {
namespace {

[[noreturn]] void Fail(const char* what, zip_error_t* error) {
  std::string message = std::string(what) + ": " + zip_error_strerror(error);
  zip_error_fini(error);
  throw std::runtime_error(message);
}

}  // namespace

std::string PackZip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) Fail("zip_source_buffer_create", &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer);
    Fail("zip_open_from_source", &error);
  }
  // The archive frees its source on close; keep it alive to read the written bytes back.
  zip_source_keep(buffer);
  for (const ZipEntry& entry : entries) {
    // libzip reads the data at zip_close, while `entries` is still alive, so no copy is needed.
    zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    if (data == nullptr || zip_file_add(archive, entry.path.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      if (data != nullptr) zip_source_free(data);
      std::string message = std::string("zip_file_add: ") + zip_strerror(archive);
      zip_discard(archive);
      zip_source_free(buffer);
      throw std::runtime_error(message);
    }
  }
  if (zip_close(archive) < 0) {
    std::string message = std::string("zip_close: ") + zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    throw std::runtime_error(message);
  }
  std::string bytes;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0) {
    zip_source_free(buffer);
    throw std::runtime_error("zip: cannot reopen the written archive");
  }
  bytes.resize(stat.size);
  zip_int64_t got = zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) throw std::runtime_error("zip: short read");
  return bytes;
}

std::optional<ZipReader> ZipReader::Open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return std::nullopt;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    return std::nullopt;
  }
  return ZipReader(archive);
}

ZipReader::ZipReader(ZipReader&& other) noexcept : archive_(other.archive_) { other.archive_ = nullptr; }

ZipReader& ZipReader::operator=(ZipReader&& other) noexcept {
  if (this != &other) {
    if (archive_ != nullptr) zip_discard(archive_);
    archive_ = other.archive_;
    other.archive_ = nullptr;
  }
  return *this;
}

ZipReader::~ZipReader() {
  if (archive_ != nullptr) zip_discard(archive_);
}

bool ZipReader::Contains(std::string_view path) const {
  return zip_name_locate(archive_, std::string(path).c_str(), 0) >= 0;
}

std::pair<std::string, std::optional<ZipFailure>> ZipReader::Read(std::string_view path, std::uint64_t max_size) const {
  zip_int64_t index = zip_name_locate(archive_, std::string(path).c_str(), 0);
  if (index < 0) return {{}, ZipFailure::kMissing};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) < 0) return {{}, ZipFailure::kCorrupt};
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > max_size) return {{}, ZipFailure::kTooLarge};
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0),
                                                         zip_fclose);
  if (!file) return {{}, ZipFailure::kCorrupt};
  // The declared size may lie; count what actually inflates and stop just past the limit.
  std::string out;
  std::vector<char> chunk(std::size_t{64} * 1024);
  while (true) {
    zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
    if (got < 0) return {{}, ZipFailure::kCorrupt};
    if (got == 0) break;
    if (out.size() + static_cast<std::uint64_t>(got) > max_size) return {{}, ZipFailure::kTooLarge};
    out.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return {std::move(out), std::nullopt};
}

std::vector<std::string> ZipReader::Names() const {
  std::vector<std::string> names;
  zip_int64_t count = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
    if (name != nullptr) names.emplace_back(name);
  }
  return names;
}

}  // namespace metodset::office::detail
