#include "core/dkim/KeyGenerator.h"
#include "core/dkim/KeyRecord.h"
#include "core/dkim/KeyRecordLinter.h"
#include "tests/core/dkim/DkimTestSupport.h"

#include <chrono>
#include <sys/stat.h>

using namespace dmarcplan;
using namespace dmarcplan::dkim;

TEST(DkimKeyGenerator, RsaAndEd25519RecordsDecodeToTheSameKey) {
    for (KeySpec spec : {KeySpec{KeyAlgorithm::Rsa, 2048}, KeySpec{KeyAlgorithm::Ed25519, 0}}) {
        auto pair = KeyGenerator::generate(spec);
        ASSERT_TRUE(pair) << pair.error().describe();
        EXPECT_EQ(pair->algorithm(), spec.algorithm);
        auto lint = KeyRecordLinter::lintRecord(pair->record());
        ASSERT_TRUE(lint.key);
        EXPECT_EQ(lint.key->algorithm, toString(spec.algorithm));
        EXPECT_EQ(lint.key->bits, spec.algorithm == KeyAlgorithm::Rsa ? 2048 : 256);
        EXPECT_FALSE(hasErrors(lint.findings));
        // The record's key is the private key's public half: PEM round trip, sign, verify with p=.
        auto reloaded = KeyPair::fromPem(pair->privateKeyPem());
        ASSERT_TRUE(reloaded);
        EXPECT_EQ(reloaded->record(), pair->record());
        auto record = parseKeyRecord(pair->record());
        auto signature = signData(reloaded->native(), HashAlgorithm::Sha256, "data");
        ASSERT_TRUE(signature);
        EXPECT_TRUE(verifyData(record.key.get(), HashAlgorithm::Sha256, "data", *signature));
        EXPECT_FALSE(verifyData(record.key.get(), HashAlgorithm::Sha256, "datA", *signature));
        EXPECT_EQ(pair->privateKeyPem().rfind("-----BEGIN PRIVATE KEY-----", 0), 0u);
    }
}

TEST(DkimKeyGenerator, RecordStringsAndZoneLine) {
    auto pair = test::loadKey("interop-rsa2048.pem");
    auto strings = pair.recordStrings();
    ASSERT_EQ(strings.size(), 2u);
    EXPECT_EQ(strings[0].size(), 255u);
    EXPECT_EQ(strings[0] + strings[1], pair.record());
    auto line = pair.zoneLine("s1", "example.com", 300);
    EXPECT_EQ(line.rfind("s1._domainkey.example.com. 300 IN TXT ( \"v=DKIM1; k=rsa; p=", 0), 0u);
    // The zone line is valid master-file syntax that gives back the record.
    auto zone = dns::ZoneData::fromText(line + "\n", "example.com", "generated");
    ASSERT_TRUE(zone) << zone.error().describe();
    auto answer = zone->lookup("s1._domainkey.example.com", dns::RecordType::TXT);
    ASSERT_EQ(answer.records.size(), 1u);
    EXPECT_EQ(answer.records[0].value, pair.record());
    auto ed = test::loadKey("interop-ed25519.pem");
    EXPECT_EQ(ed.recordStrings().size(), 1u);
    EXPECT_EQ(ed.record().find("k=ed25519; p="), 9u);
}

TEST(DkimKeyGenerator, PrivateKeyFileIs0600AndNeverOverwritten) {
    test::TempDir dir;
    auto pair = test::loadKey("interop-ed25519.pem");
    auto path = dir.file("s1.pem");
    ASSERT_TRUE(pair.writePrivateKey(path));
    struct stat info {};
    ASSERT_EQ(stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    auto other = test::loadKey("interop-rsa2048.pem");
    EXPECT_FALSE(other.writePrivateKey(path));
    EXPECT_EQ(KeyPair::load(path)->record(), pair.record());
    ASSERT_TRUE(other.writePrivateKey(path, true));
    EXPECT_EQ(KeyPair::load(path)->record(), other.record());
    EXPECT_FALSE(KeyPair::fromPem("not a key"));
    EXPECT_FALSE(KeyPair::load(dir.file("missing.pem")));
}

TEST(DkimKeyGenerator, AdviceAndSizes) {
    auto weak = keyAdvice({KeyAlgorithm::Rsa, 1024});
    ASSERT_EQ(weak.size(), 2u);
    EXPECT_EQ(weak[0].code, "DKIM-KEYGEN-RSA-1024");
    EXPECT_EQ(weak[0].severity, Severity::Warning);
    EXPECT_EQ(weak[1].code, "DKIM-KEYGEN-DUAL-SIGN");
    EXPECT_EQ(keyAdvice({KeyAlgorithm::Ed25519, 0}).size(), 1u);
    EXPECT_FALSE(KeyGenerator::generate({KeyAlgorithm::Rsa, 1536}));
    auto small = KeyGenerator::generate({KeyAlgorithm::Rsa, 1024});
    ASSERT_TRUE(small);
    EXPECT_EQ(small->bits(), 1024);
}

TEST(DkimKeyGenerator, BackgroundGenerationCanBeCancelled) {
    auto job = KeyGenerator::start({KeyAlgorithm::Rsa, 4096});
    job.cancel();
    auto started = std::chrono::steady_clock::now();
    auto result = job.result.get();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, kKeyGenerationCancelled);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
    auto ed = KeyGenerator::start({KeyAlgorithm::Ed25519, 0});
    auto done = ed.result.get();
    ASSERT_TRUE(done);
    EXPECT_EQ(done->algorithm(), KeyAlgorithm::Ed25519);
}
