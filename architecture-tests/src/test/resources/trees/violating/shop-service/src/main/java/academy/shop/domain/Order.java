package academy.shop.domain;

import academy.shared.Money;
import academy.shop.application.Orders;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record Order(@JsonProperty List<Money> lines) {
}
