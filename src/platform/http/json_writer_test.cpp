#include "platform/http/json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace metodset::http {

TEST(JsonWriter, WritesNestedContainersWithCommasInPlace) {
  JsonWriter w;
  w.BeginObject().Key("items").BeginArray();
  w.BeginObject().Key("id").Int(1).Key("flags").Strings({"rural", "small"}).EndObject();
  w.BeginObject().Key("id").Int(-2).Key("inn").String(std::optional<std::string>{}).EndObject();
  w.EndArray().Key("total").Int(2).Key("ok").Bool(true).EndObject();
  EXPECT_EQ(w.Take(), R"({"items":[{"id":1,"flags":["rural","small"]},{"id":-2,"inn":null}],"total":2,"ok":true})");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharactersButKeepsCyrillic) {
  JsonWriter w;
  w.BeginArray().String("МАОУ «СОШ № 1» \"A\\B\"\n\t\x01").EndArray();
  auto text = w.Take();
  auto parsed = nlohmann::json::parse(text);
  EXPECT_EQ(parsed[0].get<std::string>(), "МАОУ «СОШ № 1» \"A\\B\"\n\t\x01");
  EXPECT_NE(text.find("МАОУ"), std::string::npos);
  EXPECT_NE(text.find("\\u0001"), std::string::npos);
}

TEST(JsonWriter, EscapesAtEveryPositionOfLongStrings) {
  // The fast path skips sixteen bytes at a time; a special byte at any offset must still be escaped, and
  // bytes from 0x7F up (UTF-8) must not be.
  for (std::size_t at = 0; at < 40; ++at) {
    for (char special : {'"', '\\', '\n', '\x1f', '\x00'}) {
      std::string text = "Школа\x7f School No 1, lyceum" + std::string(24, 'x');
      text.insert(11 + at, 1, special);  // after the Cyrillic and DEL prefix (11 bytes)
      JsonWriter w;
      w.String(text);
      EXPECT_EQ(nlohmann::json::parse(w.Take()).get<std::string>(), text) << at;
    }
  }
}

TEST(JsonWriter, EscapesSeveralSpecialBytesInOneString) {
  std::string text = std::string(20, 'a') + "\"" + std::string(17, 'b') + "\\\n" + std::string(3, 'c') + "\"";
  JsonWriter w;
  w.BeginObject().Key("k\"ey").String(text).EndObject();
  auto parsed = nlohmann::json::parse(w.Take());
  EXPECT_EQ(parsed["k\"ey"].get<std::string>(), text);
}

TEST(JsonWriter, EmptyContainers) {
  JsonWriter w;
  w.BeginObject().Key("a").BeginArray().EndArray().Key("b").BeginObject().EndObject().EndObject();
  EXPECT_EQ(w.Take(), R"({"a":[],"b":{}})");
}

}  // namespace metodset::http
