using Detector.Conversations;
using Detector.Tests.Cli;

namespace Detector.Tests.Research;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Pan12_converts_the_sample_into_a_conversation_file_the_reader_accepts()
    {
        var output = Path.Combine(_directory, "pan12.jsonl");

        var result = await CliRunner.RunAsync(
            "import", "pan12", "--input", Pan12Sample.XmlPath, "--predators", Pan12Sample.PredatorsPath, "--output", output, "--date", "2012-05-01");

        Assert.Equal(3, result.ExitCode); // the conversation without an id was skipped
        Assert.Contains($"{Pan12Sample.XmlPath}:{Pan12Sample.LineOfConversationWithoutId}:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("4 conversations (2 with a known predator", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("10 messages", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);

        var invalid = new List<InvalidLine>();
        var conversations = new List<Conversation>();
        await foreach (var conversation in ConversationReader.ReadFileAsync(output, new ConversationReaderOptions { OnInvalidLine = invalid.Add }))
        {
            conversations.Add(conversation);
        }

        Assert.Empty(invalid);
        Assert.Equal(
            [ConversationLabel.Sextortion, ConversationLabel.Benign, ConversationLabel.Benign, ConversationLabel.Sextortion],
            conversations.Select(c => c.Label));
        var grooming = conversations[0];
        Assert.Equal(Pan12Sample.GroomingId, grooming.Id);
        Assert.Equal(Pan12Sample.Predator, grooming.Suspect);
        Assert.Equal("dont tell ur mom we talk <3", grooming.Messages[2].Text);
        Assert.Equal(new DateTimeOffset(2012, 5, 2, 0, 1, 0, TimeSpan.Zero), grooming.Messages[2].At);
        Assert.Empty(conversations[2].Messages);
    }

    [Fact]
    public async Task Pan12_stops_on_malformed_xml_with_the_line_and_exit_code_1()
    {
        var input = Path.Combine(_directory, "broken.xml");
        await File.WriteAllTextAsync(input, "<conversations>\n<conversation id=\"a\">\n<message line=\"1\"><author>u</author><text>x</message>\n");

        var result = await CliRunner.RunAsync(
            "import", "pan12", "--input", input, "--predators", Pan12Sample.PredatorsPath, "--output", Path.Combine(_directory, "out.jsonl"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{input}:3: malformed XML", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("is incomplete", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pan12_refuses_a_date_that_is_not_yyyy_mm_dd()
    {
        var result = await CliRunner.RunAsync(
            "import", "pan12", "--input", Pan12Sample.XmlPath, "--predators", Pan12Sample.PredatorsPath, "--output", Path.Combine(_directory, "out.jsonl"), "--date", "01/05/2012");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "out.jsonl")));
    }

    [Fact]
    public async Task Pan12_help_says_what_the_label_means()
    {
        var result = await CliRunner.RunAsync("import", "pan12", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("detector import pan12 [options]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("contains a known predator", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("grooming", result.StandardOutput, StringComparison.Ordinal);
    }
}
