using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Detector.Tests.Telemetry;

/// <summary>A logger factory that keeps every event at every level, formatted and with its structured values.</summary>
internal sealed class LogCapture : ILoggerFactory
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    /// <summary>One event: its category, level, name, formatted message and the values it was formatted from.</summary>
    public sealed record LogEvent(string Category, LogLevel Level, string? Name, string Message, IReadOnlyList<string> Values)
    {
        /// <summary>All of the event's text: the place to look for anything that must not be logged.</summary>
        public string AllText => string.Join('\n', [Category, Name, Message, .. Values]);
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(pair => $"{pair.Key}={pair.Value}").ToList()
                : [];
            if (exception is not null)
            {
                values.Add(exception.ToString());
            }

            capture._events.Enqueue(new LogEvent(category, logLevel, eventId.Name, formatter(state, exception), values));
        }
    }
}
