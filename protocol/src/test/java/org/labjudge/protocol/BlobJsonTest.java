package org.labjudge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire form of blobs by hash: the docs' examples, the hash rules, the missing-blobs problem. */
class BlobJsonTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void aTestByHashReadsWithItsHashesAndNoText() {
        TestCase test = Json.read(mapper, DesignExamples.load("test-case-by-hash.json"), TestCase.class);

        assertThat(test.name()).isEqualTo("secret/big/01");
        assertThat(test.input()).isEmpty();
        assertThat(test.expected()).isNull();
        assertThat(test.inputHash()).isEqualTo("7d1a54127b222502f5b79b5fb0803061152a44f92b37e23c6527baf665d4da9a");
        assertThat(test.expectedHash()).isEqualTo("c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a");
        assertThat(test.hasExpected()).isTrue();
        assertThat(test.problems()).isEmpty();
        assertThat(Json.read(mapper, Json.write(mapper, test), TestCase.class)).isEqualTo(test);
    }

    @Test
    void aValidatorFileByHashReadsWithItsHash() {
        SourceFile file = Json.read(mapper, DesignExamples.load("validator-file-by-hash.json"), SourceFile.class);

        assertThat(file.content()).isEmpty();
        assertThat(file.hash()).isEqualTo("3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7");
        assertThat(file.problems("validator.files")).isEmpty();
    }

    @Test
    void aTestWithoutHashesIsWrittenWithoutThem() {
        String json = Json.write(mapper, new TestCase("1", "1 2\n", "3\n"));

        assertThat(json).doesNotContain("Hash");
    }

    @Test
    void aHashIsTheSha256OfTheUtf8BytesInLowercaseHex() {
        assertThat(BlobHash.ofText("")).isEqualTo(EMPTY_SHA256);
        assertThat(BlobHash.of("é".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(BlobHash.ofText("é"));
        assertThat(BlobHash.isValid(EMPTY_SHA256)).isTrue();
        assertThat(BlobHash.isValid(EMPTY_SHA256.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(BlobHash.isValid(EMPTY_SHA256.substring(1))).isFalse();
    }

    @Test
    void aMalformedHashOrBothFormsAreProblemsNamingTheTest() {
        TestCase bad = new TestCase("t1", "", null, null, null, "abc", null);
        TestCase both = new TestCase("t2", "x", "y", null, null, EMPTY_SHA256, EMPTY_SHA256);

        assertThat(bad.problems()).containsExactly(
                "test 't1': inputHash must be a SHA-256 in 64 lowercase hex digits, got \"abc\"");
        assertThat(both.problems()).containsExactly("test 't2': give input or inputHash, not both",
                "test 't2': give expected or expectedHash, not both");
    }

    @Test
    void aHashInTheRequestsOwnFilesIsAProblem() {
        RunRequest request = new RunRequest("python", "print(1)", List.of(new SourceFile("a.txt", "", EMPTY_SHA256)),
                null, null, null, null, null, false);

        assertThat(request.problems()).containsExactly(
                "files 'a.txt': a hash names a validator's file only; send the request's own files as content");
    }

    @Test
    void theBlobQueryAnswerAndStoreInfoExamplesRead() {
        BlobQuery query = Json.read(mapper, DesignExamples.load("blob-query.json"), BlobQuery.class);
        MissingBlobs missing = Json.read(mapper, DesignExamples.load("missing-blobs.json"), MissingBlobs.class);
        BlobStoreInfo info = Json.read(mapper, DesignExamples.load("blob-store-info.json"), BlobStoreInfo.class);

        assertThat(query.hashes()).hasSize(2);
        assertThat(missing.missing()).containsExactly(query.hashes().get(1));
        assertThat(info).isEqualTo(new BlobStoreInfo(41, 20971520, 2147483648L));
        JsonTrees.assertSameJson(Json.write(mapper, query), DesignExamples.load("blob-query.json"));
    }

    @Test
    void theMissingBlobsProblemNamesTheHashesAndIsWrittenBackAsItWas() {
        String json = DesignExamples.load("problem-missing-blobs.json");
        ProblemDetail problem = Json.read(mapper, json, ProblemDetail.class);

        assertThat(problem.aboutMissingBlobs()).isTrue();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.missingBlobs()).containsExactly("c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a");
        JsonTrees.assertSameJson(Json.write(mapper, problem), json);
    }

    @Test
    void anOrdinaryProblemHasNoMissingBlobsAndDoesNotWriteThem() {
        ProblemDetail problem = Json.read(mapper, DesignExamples.load("problem.json"), ProblemDetail.class);

        assertThat(problem.aboutMissingBlobs()).isFalse();
        assertThat(Json.write(mapper, problem)).doesNotContain("missingBlobs");
    }
}
