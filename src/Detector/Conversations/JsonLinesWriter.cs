using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Detector.Conversations;

/// <summary>Writes values of one wire type as JSON Lines: one compact UTF-8 JSON object and a <c>\n</c> per value.</summary>
internal sealed class JsonLinesWriter<T> : IAsyncDisposable, IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly Utf8JsonWriter _json;

    public JsonLinesWriter(Stream stream, JsonTypeInfo<T> typeInfo, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _typeInfo = typeInfo;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = typeInfo.Options.Encoder, SkipValidation = true });
    }

    public void Write(T value)
    {
        JsonSerializer.Serialize(_json, value, _typeInfo);
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken) =>
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);

    public void Dispose()
    {
        _json.Dispose();
        _stream.Flush();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
