#include "platform/office/xml_reader.hpp"

#include <expat.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace metodset::office::detail {
namespace {

constexpr char kNamespaceSeparator = '\x01';

std::string_view LocalName(const char* name) {
  std::string_view full(name);
  auto separator = full.rfind(kNamespaceSeparator);
  return separator == std::string_view::npos ? full : full.substr(separator + 1);
}

void OnStart(void* user_data, const XML_Char* name, const XML_Char** attributes) {
  static_cast<XmlEvents*>(user_data)->Start(LocalName(name), attributes);
}

void OnEnd(void* user_data, const XML_Char* name) { static_cast<XmlEvents*>(user_data)->End(LocalName(name)); }

void OnText(void* user_data, const XML_Char* text, int length) {
  static_cast<XmlEvents*>(user_data)->Text(std::string_view(text, static_cast<std::size_t>(length)));
}

}  // namespace

bool ParseXml(std::string_view xml, XmlEvents& events) {
  // Expat resolves namespaces so that prefixed and unprefixed documents look the same to the handlers.
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreateNS("UTF-8", kNamespaceSeparator),
                                                                 XML_ParserFree);
  if (!parser) return false;
  XML_SetUserData(parser.get(), &events);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  constexpr std::size_t kChunk = 1 << 20;
  std::size_t offset = 0;
  do {
    std::size_t length = std::min(kChunk, xml.size() - offset);
    bool last = offset + length == xml.size();
    if (XML_Parse(parser.get(), xml.data() + offset, static_cast<int>(length), last ? 1 : 0) != XML_STATUS_OK) {
      return false;
    }
    offset += length;
  } while (offset < xml.size());
  return true;
}

std::string_view Attribute(const char** attributes, std::string_view local_name) {
  for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (LocalName(attributes[i]) == local_name) return attributes[i + 1];
  }
  return {};
}

}  // namespace metodset::office::detail
