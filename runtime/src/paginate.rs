//! Pages of a paginated operation (`@paginated`) as a [`Stream`]: each item is one response;
//! the next request carries the previous response's token; it ends when no token comes back.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::error::Error;

type PageFuture<'a, O, E> = Pin<Box<dyn Future<Output = Result<O, Error<E>>> + Send + 'a>>;

/// The pages of one paginated call. Use it as a `Stream`, or call [`Pages::next`] in a loop.
pub struct Pages<'a, I, O, E> {
    next_input: Option<I>,
    in_flight: Option<(PageFuture<'a, O, E>, I)>,
    fetch: Box<dyn FnMut(I) -> PageFuture<'a, O, E> + Send + 'a>,
    set_token: fn(&mut I, String),
    token_of: fn(&O) -> Option<&String>,
    last_token: Option<String>,
}

impl<'a, I, O, E> Pages<'a, I, O, E>
where
    I: Clone + Unpin,
{
    /// Generated code builds it from the operation fn and the model's token members.
    pub fn new(
        input: I,
        fetch: impl FnMut(I) -> PageFuture<'a, O, E> + Send + 'a,
        set_token: fn(&mut I, String),
        token_of: fn(&O) -> Option<&String>,
    ) -> Self {
        Pages {
            next_input: Some(input),
            in_flight: None,
            fetch: Box::new(fetch),
            set_token,
            token_of,
            last_token: None,
        }
    }

    /// The next page; `None` after the last one (or after an error).
    pub async fn next(&mut self) -> Option<Result<O, Error<E>>> {
        std::future::poll_fn(|cx| self.poll_page(cx)).await
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<O, Error<E>>>> {
        if self.in_flight.is_none() {
            let Some(input) = self.next_input.take() else {
                return Poll::Ready(None);
            };
            let future = (self.fetch)(input.clone());
            self.in_flight = Some((future, input));
        }
        let Some((future, _)) = self.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let result = match future.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        let Some((_, mut input)) = self.in_flight.take() else {
            return Poll::Ready(None);
        };
        if let Ok(output) = &result {
            // Stop on no token, an empty one, or the same token twice (a service bug would
            // otherwise loop forever).
            match (self.token_of)(output) {
                Some(token) if !token.is_empty() && self.last_token.as_ref() != Some(token) => {
                    self.last_token = Some(token.clone());
                    (self.set_token)(&mut input, token.clone());
                    self.next_input = Some(input);
                }
                _ => {}
            }
        }
        Poll::Ready(Some(result))
    }
}

impl<I, O, E> Stream for Pages<'_, I, O, E>
where
    I: Clone + Unpin,
{
    type Item = Result<O, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_page(cx)
    }
}
