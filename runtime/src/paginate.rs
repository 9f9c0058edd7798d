//! Pages of a paginated operation (`@paginated`) as a [`Stream`]: each item is one response;
//! the next request carries the previous response's token; it ends when no token comes back.

use std::collections::VecDeque;
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
    /// Why the call could not start (a required member left unset): the only item.
    /// Boxed so the pages stay `Unpin` whatever the error type.
    failure: Option<Box<Error<E>>>,
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
            failure: None,
        }
    }

    /// Pages whose only item is `error`: the request could not be built, so nothing is sent
    /// and the caller meets the error where it would meet the first page's.
    pub fn failed(error: Error<E>) -> Self
    where
        O: 'a,
        E: 'a,
    {
        Pages {
            next_input: None,
            in_flight: None,
            // Never called: there is no input to fetch with.
            fetch: Box::new(|_| Box::pin(std::future::pending())),
            set_token: |_, _| {},
            token_of: |_| None,
            last_token: None,
            failure: Some(Box::new(error)),
        }
    }

    /// The next page; `None` after the last one (or after an error).
    pub async fn next(&mut self) -> Option<Result<O, Error<E>>> {
        std::future::poll_fn(|cx| self.poll_page(cx)).await
    }

    /// Calls `f` with each page in turn, fetching the next one after `f` returns. The first
    /// error ends the walk and is returned as the caller's error type (anything [`Error`]
    /// converts into: the service's error enum, `Box<dyn std::error::Error>`), so a walk over
    /// every page can end a function as its last expression.
    pub async fn for_each<R>(mut self, mut f: impl FnMut(O)) -> Result<(), R>
    where
        R: From<Error<E>>,
    {
        while let Some(page) = self.next().await {
            f(page?);
        }
        Ok(())
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<O, Error<E>>>> {
        if let Some(error) = self.failure.take() {
            return Poll::Ready(Some(Err(*error)));
        }
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

/// An operation input whose model names a page-size member (generated code implements it).
pub trait PageSize {
    /// Sets the page-size member.
    fn set_page_size(&mut self, size: i32);
}

/// An operation output whose model names the member holding each page's items.
pub trait PageItems {
    /// The items member's type (a `Vec`).
    type Items: IntoIterator;
    /// The page's items (none when the member is absent).
    fn into_items(self) -> Option<Self::Items>;
}

impl<'a, I, O, E> Pages<'a, I, O, E>
where
    I: Clone + Unpin + PageSize,
{
    /// At most `size` results per page: sets the model's page-size member on every request.
    pub fn page_size(mut self, size: i32) -> Self {
        if let Some(input) = self.next_input.as_mut() {
            input.set_page_size(size);
        }
        self
    }
}

impl<'a, I, O, E> Pages<'a, I, O, E>
where
    I: Clone + Unpin,
    O: PageItems,
{
    /// Every item of every page, as a `Stream` (or call [`Items::next`] in a loop).
    pub fn items(self) -> Items<'a, I, O, E> {
        Items {
            pages: self,
            buffered: VecDeque::new(),
        }
    }
}

/// One item of a page of `O`.
pub type Item<O> = <<O as PageItems>::Items as IntoIterator>::Item;

/// The items of every page of one paginated call, in order; an error ends it.
pub struct Items<'a, I, O: PageItems, E> {
    pages: Pages<'a, I, O, E>,
    buffered: VecDeque<Item<O>>,
}

impl<I, O: PageItems, E> Items<'_, I, O, E>
where
    I: Clone + Unpin,
    Item<O>: Unpin,
{
    /// The next item; `None` after the last one (or after an error).
    pub async fn next(&mut self) -> Option<Result<Item<O>, Error<E>>> {
        std::future::poll_fn(|cx| self.poll_item(cx)).await
    }

    /// Calls `f` with each item of every page; the first error ends the walk and is returned
    /// as the caller's error type, as [`Pages::for_each`] does.
    pub async fn for_each<R>(mut self, mut f: impl FnMut(Item<O>)) -> Result<(), R>
    where
        R: From<Error<E>>,
    {
        while let Some(item) = self.next().await {
            f(item?);
        }
        Ok(())
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Item<O>, Error<E>>>> {
        loop {
            if let Some(item) = self.buffered.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(page))) => self
                    .buffered
                    .extend(page.into_items().into_iter().flatten()),
            }
        }
    }
}

impl<I, O: PageItems, E> Stream for Items<'_, I, O, E>
where
    I: Clone + Unpin,
    Item<O>: Unpin,
{
    type Item = Result<Item<O>, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
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
