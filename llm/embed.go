package llm

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

// Embedder is a provider that also turns text into an embedding vector
// (eval's similar and answer-relevance assertions). The OpenAI backend is
// one, for OpenAI and the compatible servers that serve /embeddings.
type Embedder interface {
	Embed(ctx context.Context, text string) ([]float64, error)
}

// Embed implements Embedder with the provider's model.
func (p *openAI) Embed(ctx context.Context, text string) ([]float64, error) {
	model := p.cfg.Model
	var resp openai.EmbeddingResponse
	err := p.call(ctx, model, maxListBody, func(ctx context.Context) error {
		var err error
		resp, err = p.client.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{Input: []string{text}, Model: openai.EmbeddingModel(model)})
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(resp.Data) == 0 || len(resp.Data[0].Embedding) == 0 {
		return nil, &Error{Provider: p.cfg.Name, Model: model, Kind: KindBadReply, Message: "the server returned no embedding"}
	}
	out := make([]float64, len(resp.Data[0].Embedding))
	for i, f := range resp.Data[0].Embedding {
		out[i] = float64(f)
	}
	return out, nil
}

var _ Embedder = (*openAI)(nil)
