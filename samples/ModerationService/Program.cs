using System.Text.Json;
using System.Text.Json.Serialization;
using Detector.Scoring;
using ModerationService;

// appsettings.json is read from beside the binaries, wherever the service is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.ConfigureHttpJsonOptions(json =>
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
builder.Services.AddProblemDetails();

// One scorer for the whole service, configured from the "Detector" section and validated at start-up: it loads the
// rule packs and models once and is thread-safe.
builder.Services.AddDetector(builder.Configuration.GetSection(DetectorOptions.SectionName));
builder.Services.Configure<SessionStoreOptions>(builder.Configuration.GetSection("Sessions"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ISessionStore, MemorySessionStore>();
builder.Services.AddSingleton<ConversationLocks>();
builder.Services.AddSingleton<ConversationModerator>();

var app = builder.Build();

// Load the models now, so that a broken deployment fails at startup rather than on the first message.
app.Services.GetRequiredService<ConversationScorer>();

app.MapPost("/conversations/{id}/messages", async (string id, MessageRequest message, ConversationModerator moderator, CancellationToken cancellationToken) =>
    string.IsNullOrWhiteSpace(message.From)
        ? Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["The sender ('from') is required."] })
        : Results.Ok(await moderator.AppendAsync(id, message, cancellationToken).ConfigureAwait(false)));

app.MapGet("/conversations/{id}", async (string id, ConversationModerator moderator, CancellationToken cancellationToken) =>
    await moderator.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } assessment
        ? Results.Ok(assessment)
        : Results.NotFound());

await app.RunAsync().ConfigureAwait(false);
