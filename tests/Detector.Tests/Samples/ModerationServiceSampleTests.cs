using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Detector.Conversations;

namespace Detector.Tests.Samples;

/// <summary>The ModerationService sample, run as a real process and driven over HTTP.</summary>
public sealed class ModerationServiceSampleTests(ModerationServiceSampleTests.ServiceFixture service)
    : IClassFixture<ModerationServiceSampleTests.ServiceFixture>
{
    private HttpClient Client => service.Service.Client;

    [Fact]
    public async Task A_sextortion_conversation_posted_message_by_message_ends_flagged_critical_with_the_suspect()
    {
        var conversation = await SampleConversation("sample-01");
        JsonNode? last = null;
        foreach (var message in conversation.Messages)
        {
            last = await PostAsync("sextortion-1", message.From, message.Text, message.Kind, message.At);
        }

        Assert.NotNull(last);
        Assert.Equal(conversation.Messages.Count, (int)last["messages"]!);
        Assert.True((bool)last["flagged"]!, last.ToJsonString());
        Assert.Equal("critical", (string?)last["level"]);
        Assert.Equal("jess.x", (string?)last["suspect"]);
        Assert.NotNull((int?)last["firstFlaggedAt"]);
        Assert.Contains(last["signals"]!.AsArray(), signal => (string?)signal!["name"] == "payment_demand");
        Assert.NotEmpty(last["actions"]!.AsArray());
        Assert.False(string.IsNullOrEmpty((string?)last["versions"]!["rules"]));

        var current = await GetAsync("sextortion-1");
        Assert.Equal(last.ToJsonString(), current.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        using var response = await Client.GetAsync("conversations/never-seen");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_message_without_a_sender_is_a_bad_request_and_stores_nothing()
    {
        using var response = await Client.PostAsJsonAsync("conversations/no-sender/messages", new { text = "hello" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]!["from"]);
        using var after = await Client.GetAsync("conversations/no-sender");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task An_unknown_message_kind_is_a_bad_request()
    {
        using var response = await Client.PostAsJsonAsync("conversations/bad-kind/messages", new { from = "a", kind = "carrier_pigeon" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Concurrent_messages_to_one_conversation_are_all_kept()
    {
        const int Messages = 24;

        await Task.WhenAll(Enumerable.Range(0, Messages).Select(i => PostAsync("concurrent", i % 2 == 0 ? "a" : "b", $"message {i}")));

        Assert.Equal(Messages, (int)(await GetAsync("concurrent"))["messages"]!);
    }

    [Fact]
    public async Task The_store_drops_the_least_recently_used_conversation_past_its_capacity_and_idle_ones_after_the_expiry()
    {
        await using var bounded = await RunningModerationService.StartAsync("--Sessions:Capacity=2", "--Sessions:SlidingExpiration=00:00:03");
        var client = bounded.Client;

        await PostAsync(client, "a", "x", "hi");
        await PostAsync(client, "b", "x", "hi");
        await GetAsync(client, "a"); // a is now more recently used than b
        await PostAsync(client, "c", "x", "hi");

        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(client, "b"));
        Assert.Equal(HttpStatusCode.OK, await StatusOf(client, "a"));
        Assert.Equal(HttpStatusCode.OK, await StatusOf(client, "c"));

        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(client, "a"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(client, "c"));
    }

    private Task<JsonNode> PostAsync(string conversation, string from, string text, MessageKind kind = MessageKind.Text, DateTimeOffset? at = null) =>
        PostAsync(Client, conversation, from, text, kind, at);

    private Task<JsonNode> GetAsync(string conversation) => GetAsync(Client, conversation);

    private static async Task<JsonNode> PostAsync(
        HttpClient client, string conversation, string from, string text, MessageKind kind = MessageKind.Text, DateTimeOffset? at = null)
    {
        var body = new { from, text, kind = JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString()), at };
        using var response = await client.PostAsJsonAsync($"conversations/{conversation}/messages", body);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {content}");
        return JsonNode.Parse(content)!;
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string conversation)
    {
        using var response = await client.GetAsync($"conversations/{conversation}");
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {content}");
        return JsonNode.Parse(content)!;
    }

    private static async Task<HttpStatusCode> StatusOf(HttpClient client, string conversation)
    {
        using var response = await client.GetAsync($"conversations/{conversation}");
        return response.StatusCode;
    }

    private static async Task<Conversation> SampleConversation(string id)
    {
        await foreach (var conversation in ConversationReader.ReadFileAsync(Path.Combine(TestBuild.RepositoryDirectory, "samples", "conversations.jsonl")))
        {
            if (conversation.Id == id)
            {
                return conversation;
            }
        }

        throw new InvalidOperationException($"samples/conversations.jsonl has no conversation {id}.");
    }

    /// <summary>One service shared by the tests of this class (each uses its own conversation ids).</summary>
    public sealed class ServiceFixture : IAsyncLifetime
    {
        private RunningModerationService? _service;

        internal RunningModerationService Service => _service ?? throw new InvalidOperationException("The service has not started.");

        public async Task InitializeAsync() => _service = await RunningModerationService.StartAsync();

        public async Task DisposeAsync()
        {
            if (_service is not null)
            {
                await _service.DisposeAsync();
            }
        }
    }
}
