using System.Text;
using BenchmarkDotNet.Attributes;
using Detector.Conversations;

namespace Detector.Benchmarks.Conversations;

/// <summary>Reading a conversation file: the streaming reader against reading every line as a string first.</summary>
[MemoryDiagnoser]
public class ConversationReaderBenchmarks
{
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            builder.Append("{\"id\":\"c-").Append(i).Append("\",\"label\":\"benign\",\"messages\":[");
            for (var m = 0; m < 20; m++)
            {
                builder.Append(m == 0 ? "" : ",")
                    .Append("{\"from\":\"u").Append(m % 2).Append("\",\"at\":\"2026-03-01T20:14:00Z\",\"text\":\"hey how was your day, any plans for the weekend?\"}");
            }

            builder.Append("]}\n");
        }

        _file = Encoding.UTF8.GetBytes(builder.ToString());
    }

    [Benchmark(Baseline = true, Description = "StreamReader.ReadLine + JsonSerializer (string per line)")]
    public int ReadLinesAsStrings()
    {
        using var reader = new StreamReader(new MemoryStream(_file));
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            count += document.RootElement.GetProperty("messages").GetArrayLength();
        }

        return count;
    }

    [Benchmark(Description = "ConversationReader (UTF-8 bytes, source-generated)")]
    public async Task<int> ReadWithConversationReader()
    {
        var count = 0;
        var reader = new ConversationReader(new MemoryStream(_file), "bench");
        await foreach (var conversation in reader.ReadAllAsync())
        {
            count += conversation.Messages.Count;
        }

        return count;
    }
}
